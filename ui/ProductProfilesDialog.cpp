#include "ProductProfilesDialog.h"
#include "ui_ProductProfilesDialog.h"

#include "base/ForeignText.h"
#include "device/DeviceInspection.h"
#include "device/DeviceProfiles.h"
#include "foundry/TopicRules.h"

#include <QSet>

ProductProfilesDialog::ProductProfilesDialog(QSettings *settings, ProductProfiles products, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ProductProfilesDialog)
    , m_settings(settings)
    , m_current(products.current)
    , m_edited(products.products.values())
{
    m_ui->setupUi(this);
    m_ui->deviceProfileCombo->addItem(tr("Detect automatically"), QString(DeviceInspection::automatic));
    for (const QString &name : DeviceProfiles::names() + DeviceProfiles::variants())
        m_ui->deviceProfileCombo->addItem(name, name);
    for (const ProductProfile &product : std::as_const(m_edited))
        m_ui->productList->addItem(ForeignText::escaped(product.name));
    connect(m_ui->productList, &QListWidget::currentRowChanged, this, [this](int row) {
        keepForm();
        showProduct(row);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProductProfilesDialog::addProduct);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProductProfilesDialog::removeProduct);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProductProfilesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProductProfilesDialog::reject);
    m_ui->productList->setCurrentRow(m_edited.isEmpty() ? -1 : 0);
    showProduct(m_ui->productList->currentRow());
}

ProductProfilesDialog::~ProductProfilesDialog() = default;

void ProductProfilesDialog::showProduct(int row)
{
    m_shown = row;
    const bool showing = row >= 0 && row < m_edited.size();
    for (QWidget *field : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->deviceProfileCombo),
                           static_cast<QWidget *>(m_ui->baudSpin), static_cast<QWidget *>(m_ui->slotSpin),
                           static_cast<QWidget *>(m_ui->topicsEdit), static_cast<QWidget *>(m_ui->requiresScanCheck),
                           static_cast<QWidget *>(m_ui->autoStartCheck), static_cast<QWidget *>(m_ui->removeButton)})
        field->setEnabled(showing);
    if (!showing)
        return;
    const ProductProfile &product = m_edited.at(row);
    m_ui->nameEdit->setText(product.name);
    m_ui->deviceProfileCombo->setCurrentIndex(std::max(0, m_ui->deviceProfileCombo->findData(product.deviceProfile)));
    m_ui->baudSpin->setValue(product.baudRate);
    m_ui->slotSpin->setValue(product.slot);
    m_ui->topicsEdit->setText(product.topicTemplates.join(QLatin1Char(',')));
    m_ui->requiresScanCheck->setChecked(product.requiresScannedDeviceId);
    m_ui->autoStartCheck->setChecked(product.autoStart);
}

void ProductProfilesDialog::keepForm()
{
    if (m_shown < 0 || m_shown >= m_edited.size())
        return;
    ProductProfile &product = m_edited[m_shown];
    product.name = m_ui->nameEdit->text().trimmed();
    product.deviceProfile = m_ui->deviceProfileCombo->currentData().toString();
    product.baudRate = m_ui->baudSpin->value();
    product.slot = m_ui->slotSpin->value();
    product.topicTemplates = TopicRules::splitCommaSeparated(m_ui->topicsEdit->text());
    product.requiresScannedDeviceId = m_ui->requiresScanCheck->isChecked();
    product.autoStart = m_ui->autoStartCheck->isChecked();
    m_ui->productList->item(m_shown)->setText(ForeignText::escaped(product.name));
}

void ProductProfilesDialog::addProduct()
{
    keepForm();
    ProductProfile product;
    product.name = QStringLiteral("new-product-%1").arg(m_edited.size() + 1);
    m_edited.append(product);
    m_ui->productList->addItem(product.name);
    m_ui->productList->setCurrentRow(int(m_edited.size()) - 1);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProductProfilesDialog::removeProduct()
{
    const int row = m_ui->productList->currentRow();
    if (row < 0 || row >= m_edited.size())
        return;
    // Gone from the list before the row changes, so that the form is not kept into it.
    m_shown = -1;
    m_edited.removeAt(row);
    delete m_ui->productList->takeItem(row);
    showProduct(m_ui->productList->currentRow());
}

void ProductProfilesDialog::accept()
{
    keepForm();
    QStringList problems;
    QSet<QString> names;
    for (const ProductProfile &product : std::as_const(m_edited)) {
        const QString shown = ForeignText::escaped(product.name);
        if (names.contains(product.name))
            problems << tr("%1: two products have this name; rename one").arg(shown);
        names.insert(product.name);
        for (const QString &problem : product.problems())
            problems << tr("%1: %2").arg(shown, problem);
    }
    if (m_edited.isEmpty())
        problems << tr("the bench needs at least one product: add one");
    if (!problems.isEmpty()) {
        m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    ProductProfiles saved;
    for (const ProductProfile &product : std::as_const(m_edited))
        saved.products.insert(product.name, product);
    saved.current = saved.products.contains(m_current) ? m_current : saved.products.firstKey();
    saved.save(*m_settings);
    QDialog::accept();
}
