#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;

// How late the GUI thread's event loop runs a timer: a precise timer asks to run every interval, and
// each time it runs, how much later than asked it came is recorded. A stall of the GUI thread (a
// blocking call, a long paint) shows as lateness.
class EventLoopProbe : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopProbe(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    // Lateness of each tick in milliseconds, in the order measured.
    const QList<double> &lateness() const { return m_lateness; }
    // The value below which the given share (0..1) of the samples lie.
    static double percentile(QList<double> samples, double share);

private:
    void tick();

    const int m_intervalMs;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    QList<double> m_lateness;
};
