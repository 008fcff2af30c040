#pragma once

#include "jobs/BulkRevocationPlan.h"
#include "jobs/BulkRevocationRunner.h"

#include <QAbstractTableModel>
#include <QPointer>

// A bulk revoke's rows as a table: first the dry run (each row's planned action), then, once a
// runner works through them, each row's result as it comes. Every field came from a file and is
// shown escaped.
class BulkRevocationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, CertificateIdColumn, DeviceIdColumn, ActionColumn, ResultColumn, DetailColumn, ColumnCount };
    // The row's BulkRevocationPlan::Action (int), for any column.
    static constexpr int ActionRole = Qt::UserRole;
    // The row's BulkRevocationRunner::Outcome (int), for any column.
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    explicit BulkRevocationModel(QObject *parent = nullptr);

    // Shows the plan's rows, without results.
    void setPlan(const BulkRevocationPlan &plan);
    // Shows runner's results as they come; runner's rows must be the plan's.
    void follow(BulkRevocationRunner *runner);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BulkRevocationRunner::Result> m_rows;
    QPointer<BulkRevocationRunner> m_runner;
};
