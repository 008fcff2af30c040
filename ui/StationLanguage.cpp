#include "StationLanguage.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

QList<StationLanguage::Choice> StationLanguage::choices()
{
    return {{QString(), tr("Automatic (the system's language)")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QLocale StationLanguage::install(const QString &code)
{
    const QList<Choice> known = choices();
    const bool chosen = !code.isEmpty()
                        && std::any_of(known.cbegin(), known.cend(), [&code](const Choice &choice) { return choice.code == code; });
    const QLocale locale = chosen ? QLocale(code) : QLocale::system();
    QLocale::setDefault(locale);
    QCoreApplication *application = QCoreApplication::instance();
    const QList<std::pair<QString, QString>> catalogs{
        {QStringLiteral("foundry-station"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)}};
    for (const auto &[catalog, folder] : catalogs) {
        auto *translator = new QTranslator(application);
        if (translator->load(locale, catalog, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    return locale;
}
