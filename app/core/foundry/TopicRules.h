#pragma once

#include <QCoreApplication>
#include <QStringList>

// The rules a topic list must follow before it is sent to Foundry. AWS IoT limits a topic to 256
// bytes and 7 slashes. AWS IoT policies treat MQTT's + and # literally, so a topic with them is
// allowed (Foundry's own examples use them) but warned about.
class TopicRules
{
    Q_DECLARE_TR_FUNCTIONS(TopicRules)

public:
    static constexpr int maxBytes = 256;
    static constexpr int maxSlashes = 7;

    struct Result
    {
        QStringList errors;
        QStringList warnings;
        bool isValid() const { return errors.isEmpty(); }
    };

    static Result check(const QStringList &topics);

    // "a/b, c/d" -> {"a/b", "c/d"}; blanks around each item dropped, empty items kept so that
    // check() can report them.
    static QStringList splitCommaSeparated(const QString &text);
};
