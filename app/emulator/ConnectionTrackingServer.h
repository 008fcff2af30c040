#pragma once

#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <utility>

// A QTcpServer or QSslServer that reports every connection it hands to QHttpServer.
// QHttpServerRequest names only the remote address and port of a request, and the emulator
// needs the socket itself to drop a connection without answering.
//
// No Q_OBJECT: a class template cannot have one, and none is needed because this adds no
// signals or slots; qobject_cast to the base still works because metaObject() is the base's.
template <typename Server>
class ConnectionTrackingServer final : public Server
{
public:
    explicit ConnectionTrackingServer(std::function<void(QTcpSocket *)> accepted)
        : m_accepted(std::move(accepted))
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            m_accepted(socket);
        return socket;
    }

private:
    std::function<void(QTcpSocket *)> m_accepted;
};
