#pragma once

#include "jobs/StationSettings.h"

#include <QtCrypto>

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QScopedPointer>

#include <memory>

class ConnectionCheck;
class FoundryClient;
class QSettings;
class TokenStore;

namespace Ui {
class SettingsDialog;
}

// The Foundry environments (added, edited, removed, tested with check-api's check, and the one the
// station works in: the one shown when Save is pressed), the journal, operator and station, and the bench's topics template. Tokens go
// to the TokenStore, one per environment, and are never shown back: an empty field keeps the one
// stored. So does a shared journal's database password, kept for the account its URL names. Saved
// only when StationSettings finds nothing wrong; what is wrong is shown here.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings *settings, TokenStore *tokens, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    static QString topicsTemplateKey() { return QStringLiteral("bench/topicsTemplate"); }
    static QString defaultTopicsTemplate() { return QStringLiteral("devices/{deviceId}/telemetry,devices/{deviceId}/commands"); }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The form shows the environment's values; what it showed before goes back into m_station first.
    void showEnvironment(const QString &name);
    void keepShownEnvironment();
    void addEnvironment();
    void removeEnvironment();
    void updateTokenField();
    // Only a postgresql:// journal has a password; a field for a file would keep nothing.
    void updateJournalPasswordField();
    void storeNextToken();
    // After the tokens: the journal's password, when one was typed; the dialog closes when it is kept.
    void storeJournalPassword();
    // check-api's check on the environment shown, with the token typed for it or the one stored.
    void testConnection();
    void runConnectionCheck(FoundryClientSettings settings, const QCA::SecureArray &token, const QString &problem);

    const QScopedPointer<Ui::SettingsDialog> m_ui;
    QSettings *m_settings;
    TokenStore *m_tokens;
    StationSettings m_station;
    QString m_shown;
    // Typed for an environment that is no longer shown; stored on Save, wiped otherwise.
    QMap<QString, QCA::SecureArray> m_typedTokens;
    // Typed for the saved journal's account (JournalLocation::account()); stored after the tokens.
    QString m_journalAccount;
    QCA::SecureArray m_typedJournalPassword;
    // The client of the running "Test connection"; it goes after the check that uses it.
    std::unique_ptr<FoundryClient> m_testClient;
    QPointer<ConnectionCheck> m_check;
};
