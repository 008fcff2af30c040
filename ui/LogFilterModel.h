#pragma once

#include "jobs/StationLog.h"

#include <QSortFilterProxyModel>

// The station log seen through a lane and a level: the log dock's filters.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(StationLog *log, QObject *parent = nullptr);

    // Empty: every lane.
    void setLane(const QString &lane);
    QString lane() const { return m_lane; }
    void setMinimumLevel(StationLog::Level level);
    StationLog::Level minimumLevel() const { return m_minimumLevel; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_lane;
    StationLog::Level m_minimumLevel = StationLog::Level::Info;
};
