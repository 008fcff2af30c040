#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// The window's language: the system's, or the one chosen in Settings (kept under settingsKey), from
// the next start. English is the sources' own; German and Simplified Chinese come from
// translations/, compiled in under :/i18n. Qt's own texts (standard buttons, file dialogs) follow
// from Qt's translations where the system has them (Debian: qt6-translations-l10n).
class StationLanguage
{
    Q_DECLARE_TR_FUNCTIONS(StationLanguage)

public:
    static inline const QString settingsKey = QStringLiteral("window/language");

    struct Choice
    {
        // Empty: the system's language.
        QString code;
        QString name;
    };
    // Automatic first, then each language by its own name, as its speakers look for it.
    static QList<Choice> choices();
    // Installs the station's and Qt's translators for code (empty or unknown: the system's language)
    // on the application, which owns them; the locale they are for.
    static QLocale install(const QString &code);
};
