#pragma once

#include <QDockWidget>
#include <QScopedPointer>

class LogFilterModel;
class StationLog;

namespace Ui {
class LogDock;
}

// The station log under the pages, filterable by lane and by level. It shows what the core's
// StationLog holds; it adds nothing of its own.
class LogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LogDock(StationLog *log, QWidget *parent = nullptr);
    ~LogDock() override;

    // Shows only this lane's entries; empty: every lane's.
    void showLane(const QString &lane);
    LogFilterModel *filter() const { return m_filter; }

private:
    void addNewLanes(int first, int last);

    const QScopedPointer<Ui::LogDock> m_ui;
    StationLog *m_log;
    LogFilterModel *m_filter;
};
