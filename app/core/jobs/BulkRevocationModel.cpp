#include "jobs/BulkRevocationModel.h"

#include "base/ForeignText.h"

BulkRevocationModel::BulkRevocationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BulkRevocationModel::setPlan(const BulkRevocationPlan &plan)
{
    beginResetModel();
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = nullptr;
    m_rows.clear();
    for (const BulkRevocationPlan::Row &row : plan.rows()) {
        BulkRevocationRunner::Result result;
        result.row = row;
        result.detail = row.reason;
        m_rows << result;
    }
    endResetModel();
}

void BulkRevocationModel::follow(BulkRevocationRunner *runner)
{
    beginResetModel();
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_rows = runner->results();
    endResetModel();
    connect(runner, &BulkRevocationRunner::rowFinished, this, [this](int row) {
        if (!m_runner || row < 0 || row >= m_rows.size())
            return;
        m_rows[row] = m_runner->results().at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int BulkRevocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BulkRevocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRevocationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BulkRevocationRunner::Result &result = m_rows.at(index.row());
    if (role == ActionRole)
        return static_cast<int>(result.row.action);
    if (role == OutcomeRole)
        return static_cast<int>(result.outcome);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn: return result.row.line;
    case CertificateIdColumn: return ForeignText::escaped(result.row.certificateId);
    case DeviceIdColumn: return ForeignText::escaped(result.row.deviceId);
    case ActionColumn: return BulkRevocationPlan::actionText(result.row.action);
    case ResultColumn: return BulkRevocationRunner::outcomeText(result.outcome);
    // Built by the station, with foreign parts escaped where they were quoted; Foundry's own words
    // come through FoundryError, escaped there. Escaped again here all the same: a detail is one line.
    case DetailColumn: return ForeignText::escaped(result.detail);
    default: return {};
    }
}

QVariant BulkRevocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case CertificateIdColumn: return tr("Certificate ID");
    case DeviceIdColumn: return tr("Device ID");
    case ActionColumn: return tr("Planned action");
    case ResultColumn: return tr("Result");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}
