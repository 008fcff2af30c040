#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RevokeCertificateDialog;
}

// The confirmation before a revoke: it names the device and the certificate, says that revocation
// cannot be undone, and asks why; Revoke stays disabled until a reason is given.
class RevokeCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    RevokeCertificateDialog(const QString &deviceId, const QString &certificateId, QWidget *parent = nullptr);
    ~RevokeCertificateDialog() override;

    QString reason() const;

private:
    const QScopedPointer<Ui::RevokeCertificateDialog> m_ui;
};
