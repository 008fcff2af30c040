#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT and SIGTERM end the event loop normally, so every object is destroyed before the process
// exits and before the sanitizers take stock. Create it first thing in main(), before any thread
// starts: the signals are blocked, every later thread inherits the mask, and none takes them itself.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    TerminationSignals();
    ~TerminationSignals() override;

    bool isValid() const { return m_descriptor >= 0; }
    // Needs the application object, so it comes after it.
    void quitApplicationOnSignal();

private:
    int m_descriptor;
    QSocketNotifier *m_notifier = nullptr;
};
