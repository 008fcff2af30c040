#include "base/FaultSpec.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

std::optional<FaultSpec> FaultSpec::parse(QStringView text, const QString &usage, QString *error)
{
    // The name is matched lazily so that a count suffix such as "x3" is not swallowed by it.
    static const QRegularExpression syntax(u"^([a-z0-9-]+?)(?:@([a-z]+))?(?:=([0-9]+))?(?:x([0-9]+|\\*))?$"_s);
    const QRegularExpressionMatch match = syntax.matchView(text);
    if (!match.hasMatch()) {
        *error = u"malformed fault \"%1\": expected %2"_s.arg(text, usage);
        return std::nullopt;
    }
    FaultSpec spec;
    spec.name = match.captured(1);
    spec.target = match.captured(2);
    if (match.hasCaptured(3)) {
        bool ok = false;
        spec.value = match.capturedView(3).toInt(&ok);
        if (!ok) {
            *error = u"value of fault \"%1\" is too large: at most %2"_s.arg(text).arg(std::numeric_limits<int>::max());
            return std::nullopt;
        }
    }
    if (match.hasCaptured(4)) {
        spec.countGiven = true;
        const QStringView count = match.capturedView(4);
        bool ok = count == u"*";
        spec.count = ok ? -1 : count.toInt(&ok);
        if (!ok || spec.count == 0) {
            *error = u"count of fault \"%1\" must be between 1 and %2, or *"_s.arg(text).arg(std::numeric_limits<int>::max());
            return std::nullopt;
        }
    }
    return spec;
}

QString FaultSpec::toString() const
{
    QString text = name;
    if (!target.isEmpty())
        text += u'@' + target;
    if (value)
        text += u'=' + QString::number(*value);
    if (count < 0)
        text += u"x*"_s;
    else if (count != 1)
        text += u'x' + QString::number(count);
    return text;
}
