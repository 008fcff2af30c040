#include "jobs/JobResult.h"

#include <QJsonArray>

QString JobResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("pending");
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::NeedsAttention: return QStringLiteral("needs-attention");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<JobResult::Outcome> JobResult::outcomeFromName(const QString &name)
{
    for (Outcome outcome : {Outcome::Pending, Outcome::Done, Outcome::Failed, Outcome::NeedsAttention, Outcome::Cancelled}) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

QString JobResult::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None: return QStringLiteral("none");
    case Failure::Topics: return QStringLiteral("topics");
    case Failure::Foundry: return QStringLiteral("foundry");
    case Failure::Bundle: return QStringLiteral("bundle");
    case Failure::Device: return QStringLiteral("device");
    case Failure::Verification: return QStringLiteral("verification");
    case Failure::Journal: return QStringLiteral("journal");
    case Failure::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QStringList JobResult::leftBehindText() const
{
    return LeftBehind::describe(leftBehind);
}

QJsonObject JobResult::toJson() const
{
    QJsonArray stepList;
    for (const Step &step : steps)
        stepList.append(QJsonObject{{QStringLiteral("step"), step.name},
                                    {QStringLiteral("ms"), step.durationMs},
                                    {QStringLiteral("ok"), step.ok}});
    QJsonArray cleanupList;
    for (const Cleanup &action : cleanup)
        cleanupList.append(QJsonObject{{QStringLiteral("action"), action.action},
                                       {QStringLiteral("ok"), action.ok},
                                       {QStringLiteral("detail"), action.detail}});
    QJsonObject json{
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("certId"), certificateId},
        {QStringLiteral("arn"), arn},
        {QStringLiteral("certificateState"), certificateState},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("topics"), QJsonArray::fromStringList(topics)},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("certificateDigest"), certificateDigest},
        {QStringLiteral("keyDigest"), keyDigest},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("port"), port},
        {QStringLiteral("slot"), slot},
        {QStringLiteral("steps"), stepList},
    };
    if (outcome != Outcome::Done) {
        json.insert(QStringLiteral("failure"), failureName(failure));
        json.insert(QStringLiteral("error"), error);
        json.insert(QStringLiteral("cleanup"), cleanupList);
        json.insert(QStringLiteral("leftBehind"), LeftBehind::toJson(leftBehind));
    }
    if (!warnings.isEmpty())
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return json;
}
