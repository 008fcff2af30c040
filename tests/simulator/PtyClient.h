#pragma once

#include <QByteArray>
#include <QString>

// The host's end of a simulated device: the pseudo-terminal's slave opened raw, read and
// written with plain POSIX calls while the event loop keeps running.
class PtyClient
{
public:
    PtyClient() = default;
    ~PtyClient();
    Q_DISABLE_COPY_MOVE(PtyClient)

    bool open(const QString &path, QString *error);
    void close();

    // Writes everything in one go where the terminal takes it, so that a burst stays a burst.
    bool write(const QByteArray &bytes);
    // Everything received and not yet taken.
    const QByteArray &received();
    QByteArray take();
    // Waits until the received bytes contain `needle`, `count` times.
    bool waitFor(const QByteArray &needle, int count = 1, int timeoutMs = 5000);
    // Collects for a while; for checking that nothing comes.
    void collect(int ms);
    // Clears what was received, writes, waits for `terminator` and returns everything up to and
    // including it (empty on a timeout).
    QByteArray exchange(const QByteArray &bytes, const QByteArray &terminator,
                        int timeoutMs = 5000);
    // True once a read reported that the other side is gone.
    bool hungUp() const { return m_hungUp; }

private:
    void readAvailable();

    int m_fd = -1;
    bool m_hungUp = false;
    QByteArray m_received;
};
