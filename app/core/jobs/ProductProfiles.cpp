#include "jobs/ProductProfiles.h"

#include "base/ForeignText.h"

#include <QSettings>

namespace {

const QString productsGroup = QStringLiteral("products");
const QString currentKey = QStringLiteral("bench/product");

} // namespace

QString ProductProfiles::load(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return tr("the settings file %1 cannot be read; correct it or delete it to start from the defaults")
            .arg(settings.fileName());
    current = settings.value(currentKey).toString();
    products.clear();
    settings.beginGroup(productsGroup);
    const QStringList names = settings.childGroups();
    for (const QString &name : names) {
        settings.beginGroup(name);
        products.insert(name, ProductProfile::read(settings, name));
        settings.endGroup();
    }
    settings.endGroup();
    return {};
}

void ProductProfiles::saveCurrent(QSettings &settings) const
{
    settings.setValue(currentKey, current);
    settings.sync();
}

void ProductProfiles::save(QSettings &settings) const
{
    settings.setValue(currentKey, current);
    settings.remove(productsGroup);
    settings.beginGroup(productsGroup);
    for (const ProductProfile &product : products) {
        settings.beginGroup(product.name);
        product.write(settings);
        settings.endGroup();
    }
    settings.endGroup();
    settings.sync();
}

std::optional<ProductProfile> ProductProfiles::usable(const QString &name, QString *problem) const
{
    const auto found = products.constFind(name);
    if (found == products.cend()) {
        QStringList names;
        for (const QString &known : products.keys())
            names << ForeignText::escaped(known);
        *problem = products.isEmpty()
                       ? tr("there is no product profile \"%1\", and none is saved yet; add one with Products... on "
                            "the station window's bench")
                             .arg(ForeignText::escaped(name))
                       : tr("there is no product profile \"%1\"; choose one of %2")
                             .arg(ForeignText::escaped(name), names.join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (const QStringList wrong = found->problems(); !wrong.isEmpty()) {
        *problem = tr("the product profile \"%1\" cannot be used: %2; correct it in the product profiles")
                       .arg(ForeignText::escaped(name), wrong.join(QLatin1String("; ")));
        return std::nullopt;
    }
    return *found;
}
