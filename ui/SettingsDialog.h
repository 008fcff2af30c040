#pragma once

#include "jobs/StationSettings.h"

#include <QDialog>
#include <QScopedPointer>

class QSettings;
class TokenStore;

namespace Ui {
class SettingsDialog;
}

// The current environment's Foundry settings, the journal, operator and station, and the bench's
// topics template. The token goes to the TokenStore and is never shown back: an empty field keeps
// the one stored. Saved only when StationSettings finds nothing wrong; what is wrong is shown here.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings *settings, TokenStore *tokens, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    static QString topicsTemplateKey() { return QStringLiteral("bench/topicsTemplate"); }
    static QString defaultTopicsTemplate() { return QStringLiteral("devices/{deviceId}/telemetry,devices/{deviceId}/commands"); }

    void accept() override;

private:
    void finish(const QString &problem);

    const QScopedPointer<Ui::SettingsDialog> m_ui;
    QSettings *m_settings;
    TokenStore *m_tokens;
    StationSettings m_station;
};
