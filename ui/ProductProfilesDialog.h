#pragma once

#include "jobs/ProductProfiles.h"

#include <QDialog>
#include <QList>
#include <QScopedPointer>

class QSettings;

namespace Ui {
class ProductProfilesDialog;
}

// Adds, edits and removes the bench's product profiles. Saved only when every profile is usable
// (ProductProfile::problems()); what is wrong is shown here, named by product.
class ProductProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // settings must outlive the dialog; products are those the bench knows now.
    ProductProfilesDialog(QSettings *settings, ProductProfiles products, QWidget *parent = nullptr);
    ~ProductProfilesDialog() override;

    void accept() override;

private:
    void showProduct(int row);
    // The form into the product it shows.
    void keepForm();
    void addProduct();
    void removeProduct();

    const QScopedPointer<Ui::ProductProfilesDialog> m_ui;
    QSettings *m_settings;
    QString m_current;
    QList<ProductProfile> m_edited;
    int m_shown = -1;
};
