#include "LogDock.h"
#include "ui_LogDock.h"

#include "LogFilterModel.h"
#include "base/ForeignText.h"
#include "jobs/StationLog.h"

#include <QHeaderView>

LogDock::LogDock(StationLog *log, QWidget *parent)
    : QDockWidget(parent)
    , m_ui(new Ui::LogDock)
    , m_log(log)
    , m_filter(new LogFilterModel(log, this))
{
    m_ui->setupUi(this);
    m_ui->laneFilter->addItem(tr("All lanes"), QString());
    m_ui->levelFilter->addItem(tr("Everything"), int(StationLog::Level::Info));
    m_ui->levelFilter->addItem(tr("Warnings and errors"), int(StationLog::Level::Warning));
    m_ui->levelFilter->addItem(tr("Errors only"), int(StationLog::Level::Error));
    m_ui->logView->setModel(m_filter);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(StationLog::TimeColumn, QHeaderView::ResizeToContents);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(StationLog::LaneColumn, QHeaderView::ResizeToContents);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(StationLog::LevelColumn, QHeaderView::ResizeToContents);
    addNewLanes(0, log->rowCount() - 1);

    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { addNewLanes(first, last); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_ui->logView, &QAbstractItemView::scrollToBottom);
    connect(m_ui->laneFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setLane(m_ui->laneFilter->currentData().toString()); });
    connect(m_ui->levelFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumLevel(static_cast<StationLog::Level>(m_ui->levelFilter->currentData().toInt()));
    });
}

LogDock::~LogDock() = default;

void LogDock::showLane(const QString &lane)
{
    const QString shown = ForeignText::escaped(lane);
    int index = m_ui->laneFilter->findData(shown);
    if (index < 0) {
        m_ui->laneFilter->addItem(shown, shown);
        index = m_ui->laneFilter->count() - 1;
    }
    m_ui->laneFilter->setCurrentIndex(lane.isEmpty() ? 0 : index);
    show();
    raise();
}

void LogDock::addNewLanes(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString lane = m_log->index(row, 0).data(StationLog::LaneRole).toString();
        if (!lane.isEmpty() && m_ui->laneFilter->findData(lane) < 0)
            m_ui->laneFilter->addItem(lane, lane);
    }
}
