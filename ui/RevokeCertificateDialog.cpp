#include "RevokeCertificateDialog.h"
#include "ui_RevokeCertificateDialog.h"

#include "base/ForeignText.h"

#include <QPushButton>

RevokeCertificateDialog::RevokeCertificateDialog(const QString &deviceId, const QString &certificateId, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::RevokeCertificateDialog)
{
    m_ui->setupUi(this);
    // Both IDs whole, since a short form could match another certificate; escaped, since they were
    // typed, scanned or came from Foundry.
    m_ui->whatLabel->setText(tr("Revoke certificate %1 of device %2?")
                                 .arg(ForeignText::escaped(certificateId),
                                      deviceId.isEmpty() ? tr("(no device ID recorded)") : ForeignText::escaped(deviceId)));
    QPushButton *revoke = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    revoke->setText(tr("Revoke"));
    revoke->setEnabled(false);
    // The safe choice is the one Enter takes until a reason is typed.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, [revoke, this](const QString &text) {
        revoke->setEnabled(!text.trimmed().isEmpty());
        revoke->setDefault(revoke->isEnabled());
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(!revoke->isEnabled());
    });
}

RevokeCertificateDialog::~RevokeCertificateDialog() = default;

QString RevokeCertificateDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}
