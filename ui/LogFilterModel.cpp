#include "LogFilterModel.h"

#include "base/ForeignText.h"

LogFilterModel::LogFilterModel(StationLog *log, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(log);
}

void LogFilterModel::setLane(const QString &lane)
{
    // The log holds lanes escaped, as it holds every name it was given.
    m_lane = ForeignText::escaped(lane);
    invalidateRowsFilter();
}

void LogFilterModel::setMinimumLevel(StationLog::Level level)
{
    m_minimumLevel = level;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_lane.isEmpty() && index.data(StationLog::LaneRole).toString() != m_lane)
        return false;
    return index.data(StationLog::LevelRole).toInt() >= static_cast<int>(m_minimumLevel);
}
