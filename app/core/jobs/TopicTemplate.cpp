#include "jobs/TopicTemplate.h"

namespace {

const QStringList knownFields{QStringLiteral("deviceId"), QStringLiteral("serial"), QStringLiteral("imei"),
                              QStringLiteral("firmware")};

} // namespace

QMap<QString, QString> TopicTemplate::fields(const QString &deviceId, const DeviceIdentity &identity)
{
    QMap<QString, QString> values;
    const auto put = [&values](const QString &name, const QString &value) {
        if (!value.isEmpty())
            values.insert(name, value);
    };
    put(QStringLiteral("deviceId"), deviceId);
    put(QStringLiteral("serial"), identity.serialNumber);
    put(QStringLiteral("firmware"), identity.firmwareVersion);
    // A modem reports its IMEI among the details; for the nRF91 profile it is also the serial number.
    for (const auto &[name, value] : identity.details) {
        if (name.compare(QLatin1String("IMEI"), Qt::CaseInsensitive) == 0)
            put(QStringLiteral("imei"), value);
    }
    return values;
}

QStringList TopicTemplate::expand(const QStringList &templates, const QMap<QString, QString> &fields, QString *error)
{
    QStringList topics;
    for (const QString &topicTemplate : templates) {
        QString topic;
        qsizetype position = 0;
        while (position < topicTemplate.size()) {
            const qsizetype open = topicTemplate.indexOf(QLatin1Char('{'), position);
            const qsizetype strayClose = topicTemplate.indexOf(QLatin1Char('}'), position);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                *error = tr("\"%1\" has a '}' without its '{'.").arg(topicTemplate);
                return {};
            }
            if (open < 0) {
                topic += topicTemplate.mid(position);
                break;
            }
            const qsizetype close = topicTemplate.indexOf(QLatin1Char('}'), open);
            if (close < 0) {
                *error = tr("\"%1\" has a '{' without its '}'.").arg(topicTemplate);
                return {};
            }
            topic += topicTemplate.mid(position, open - position);
            const QString name = topicTemplate.mid(open + 1, close - open - 1);
            if (!knownFields.contains(name)) {
                *error = tr("\"%1\" uses {%2}; the fields are {%3}.")
                             .arg(topicTemplate, name, knownFields.join(QLatin1String("}, {")));
                return {};
            }
            if (!fields.contains(name)) {
                *error = tr("\"%1\" uses {%2}, but the device did not report it.").arg(topicTemplate, name);
                return {};
            }
            // A value that adds a level or a wildcard would grant the device topics nobody wrote down.
            const QString value = fields.value(name);
            for (const QChar c : value) {
                if (c == QLatin1Char('/') || c == QLatin1Char('+') || c == QLatin1Char('#') || !c.isPrint()) {
                    *error = tr("{%1} is \"%2\", which contains '/', '+', '#' or a control character; it cannot go "
                                "into a topic.")
                                 .arg(name, value);
                    return {};
                }
            }
            topic += value;
            position = close + 1;
        }
        topics << topic;
    }
    return topics;
}
