#pragma once

#include "jobs/AttentionAction.h"

#include <QGroupBox>
#include <QPointer>
#include <QScopedPointer>

#include <functional>

class FoundryClient;
class JobJournal;
class NeedsAttentionModel;

namespace Ui {
class AttentionPanel;
}

// The jobs that need attention, listed first on the Certificates page: each item a job left for a
// person, in LeftBehind's words, with the button that finishes it (AttentionAction) and one to mark
// it done by hand. Hidden while nothing needs attention.
class AttentionPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit AttentionPanel(QWidget *parent = nullptr);
    ~AttentionPanel() override;

    // What actions go through, whom they are journaled for, and the ports lanes hold now.
    void setSources(FoundryClient *client, JobJournal *journal, const QString &operatorName, const QString &station,
                    std::function<QStringList()> lanePorts = {});
    NeedsAttentionModel *model() const { return m_model; }

Q_SIGNALS:
    // The chosen item asks for recovery to be run again: the window's recovery does it.
    void recoveryRequested();

private:
    std::optional<JobJournal::LeftBehindRecord> selectedRecord() const;
    void updateButtons();
    void actOnSelected();
    void finishSelectedByHand();
    void run(AttentionAction *action, const QString &reason);
    AttentionAction *newAction(const JobJournal::LeftBehindRecord &record);
    void actionFinished();
    void abandonAction();

    const QScopedPointer<Ui::AttentionPanel> m_ui;
    NeedsAttentionModel *m_model;
    QPointer<FoundryClient> m_client;
    QPointer<JobJournal> m_journal;
    QString m_operatorName;
    QString m_station;
    std::function<QStringList()> m_lanePorts;
    AttentionAction *m_action = nullptr;
    qint64 m_chosenItemId = 0; // across a reset of the model
};
