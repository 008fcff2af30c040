#pragma once

#include "jobs/ProductProfile.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

class QSettings;

// The product profiles saved in the station's settings file, beside StationSettings, and which one
// the bench provisions now. Kept as StationSettings keeps its values: what the file holds is read
// as it is, and whatever is wrong with it is named by problems(), never used.
class ProductProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ProductProfiles)

public:
    // By name.
    QMap<QString, ProductProfile> products;
    // The bench's choice; empty when none is made.
    QString current;

    // Reads what settings hold; empty when it could be read, otherwise why not.
    QString load(QSettings &settings);
    // Profiles removed here are removed from the file too.
    void save(QSettings &settings) const;
    // Only which product is chosen.
    void saveCurrent(QSettings &settings) const;

    // The usable product called name; nothing, and *problem in words a person can act on, when there
    // is none or it has problems.
    std::optional<ProductProfile> usable(const QString &name, QString *problem) const;
};
