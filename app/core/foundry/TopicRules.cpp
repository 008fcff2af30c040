#include "foundry/TopicRules.h"

#include <QSet>

TopicRules::Result TopicRules::check(const QStringList &topics)
{
    Result result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QString &topic = topics.at(i);
        const QString where = tr("Topic %1 (\"%2\")").arg(i + 1).arg(topic);
        if (topic.trimmed().isEmpty()) {
            result.errors << tr("Topic %1 is empty; remove it or fill it in.")
                                 .arg(i + 1);
            continue;
        }
        const qsizetype bytes = topic.toUtf8().size();
        if (bytes > maxBytes)
            result.errors << tr(
                "%1 is %2 bytes long; AWS IoT allows at most %3. Shorten it.").arg(where).arg(bytes).arg(maxBytes);
        const qsizetype slashes = topic.count(QLatin1Char('/'));
        if (slashes > maxSlashes)
            result.errors << tr(
                "%1 has %2 levels separated by '/'; AWS IoT allows at most %3 slashes. Use fewer levels.")
                .arg(where).arg(slashes + 1).arg(maxSlashes);
        if (seen.contains(topic))
            result.errors << tr("%1 is listed twice; remove the duplicate.")
                                 .arg(where);
        seen.insert(topic);

        const qsizetype hash = topic.indexOf(QLatin1Char('#'));
        if (hash >= 0 && hash != topic.size() - 1)
            result.warnings << tr(
                "%1 has '#' before its end; in MQTT '#' is only valid as the last level.").arg(where);
        if (topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
            result.warnings << tr(
                "%1 uses an MQTT wildcard (+ or #); AWS IoT policies take these literally unless Foundry "
                "translates them, so the device may be refused on real topics.").arg(where);
    }
    return result;
}

QStringList TopicRules::splitCommaSeparated(const QString &text)
{
    QStringList topics;
    if (text.trimmed().isEmpty())
        return topics;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts)
        topics << part.trimmed();
    return topics;
}
