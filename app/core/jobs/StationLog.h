#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <deque>

class ProvisioningJob;
class ProvisioningLane;

// The station's step-level log, one row an event: when, on which lane (its port), how serious, and
// what happened (which step, which Foundry call and its answer, what the device said, how long each
// took). A table model, so that a window shows it as it grows and filters it by lane and level.
//
// Every message is escaped (ForeignText) as it is added, since it may quote a device or Foundry.
// Nothing secret is ever added: the lanes and jobs it watches signal IDs, names, statuses and times,
// never a key or a token. The oldest rows go once there are more than the capacity.
class StationLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    enum Column { TimeColumn, LaneColumn, LevelColumn, MessageColumn, ColumnCount };
    // LevelRole holds the Level as an int, LaneRole the lane as added, for filtering.
    enum Role { LevelRole = Qt::UserRole + 1, LaneRole };

    struct Entry
    {
        QDateTime time;
        QString lane;
        Level level = Level::Info;
        QString message;
    };

    static constexpr int defaultCapacity = 5000;

    explicit StationLog(int capacity = defaultCapacity, QObject *parent = nullptr);

    // lane and message are escaped here; an empty lane is the station's own.
    void add(const QString &lane, Level level, const QString &message);
    // Logs what the lane and each of its jobs signal, until the lane is destroyed.
    void watch(ProvisioningLane *lane);

    const std::deque<Entry> &entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    static QString levelName(Level level);
    // One line an entry: UTC time, lane, level and message, tab-separated.
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void watchJob(const QString &lane, ProvisioningJob *job);
    void jobFinished(const QString &lane, const ProvisioningJob *job);

    int m_capacity;
    std::deque<Entry> m_entries;
};
