#include "registers/PeriodSelector.h"

#include "common/DeskStyle.h"
#include "domain/DateText.h"
#include "domain/Issue.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

PeriodSelector::PeriodSelector(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_fromLabel(new QLabel)
    , m_from(new QDateEdit)
    , m_toLabel(new QLabel)
    , m_to(new QDateEdit)
    , m_todayButton(new QPushButton)
    , m_thisMonthButton(new QPushButton)
    , m_lastMonthButton(new QPushButton)
    , m_thisYearButton(new QPushButton)
    , m_problemLabel(new QLabel)
{
    m_from->setObjectName(QStringLiteral("periodFromEdit"));
    m_to->setObjectName(QStringLiteral("periodToEdit"));
    m_todayButton->setObjectName(QStringLiteral("periodTodayButton"));
    m_thisMonthButton->setObjectName(QStringLiteral("periodThisMonthButton"));
    m_lastMonthButton->setObjectName(QStringLiteral("periodLastMonthButton"));
    m_thisYearButton->setObjectName(QStringLiteral("periodThisYearButton"));
    m_problemLabel->setObjectName(QStringLiteral("periodProblemLabel"));
    for (QDateEdit *edit : {m_from, m_to}) {
        // The desk writes dates day first.
        edit->setDisplayFormat(DateText::dateFormat());
        edit->setCalendarPopup(true);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    DeskStyle::setTone(m_problemLabel, DeskStyle::Tone::Error);
    m_problemLabel->hide();

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    for (QPushButton *button : {m_todayButton, m_thisMonthButton, m_lastMonthButton, m_thisYearButton})
        layout->addWidget(button);
    layout->addWidget(m_problemLabel, 1);
    layout->addStretch();

    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            showProblem();
            if (!m_setting)
                emit periodChanged();
        });
    }
    connect(m_todayButton, &QPushButton::clicked, this, [this] { setPreset(Preset::Today); });
    connect(m_thisMonthButton, &QPushButton::clicked, this, [this] { setPreset(Preset::ThisMonth); });
    connect(m_lastMonthButton, &QPushButton::clicked, this, [this] { setPreset(Preset::LastMonth); });
    connect(m_thisYearButton, &QPushButton::clicked, this, [this] { setPreset(Preset::ThisYear); });

    const auto [first, last] = presetPeriod(Preset::ThisMonth, m_clock->today());
    m_setting = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_setting = false;
    retranslateUi();
}

QDate PeriodSelector::from() const
{
    return m_from->date();
}

QDate PeriodSelector::to() const
{
    return m_to->date();
}

void PeriodSelector::setPeriod(const QDate &from, const QDate &to)
{
    if (from == m_from->date() && to == m_to->date())
        return;
    m_setting = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_setting = false;
    showProblem();
    emit periodChanged();
}

void PeriodSelector::setPreset(Preset preset)
{
    const auto [first, last] = presetPeriod(preset, m_clock->today());
    setPeriod(first, last);
}

std::pair<QDate, QDate> PeriodSelector::presetPeriod(Preset preset, const QDate &today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Today: return {today, today};
    case Preset::ThisMonth: return {monthStart, monthStart.addMonths(1).addDays(-1)};
    case Preset::LastMonth: return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Preset::ThisYear: return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    }
    return {today, today};
}

void PeriodSelector::showProblem()
{
    const bool bad = m_to->date() < m_from->date();
    m_problemLabel->setText(bad ? Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart).ruleMessage() : QString());
    m_problemLabel->setVisible(bad);
}

void PeriodSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PeriodSelector::retranslateUi()
{
    m_fromLabel->setText(tr("Fro&m"));
    m_toLabel->setText(tr("&to"));
    m_todayButton->setText(tr("Today"));
    m_thisMonthButton->setText(tr("This month"));
    m_lastMonthButton->setText(tr("Last month"));
    m_thisYearButton->setText(tr("This year"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setToolTip(tr("Day, month and year: DD.MM.YYYY"));
    showProblem();
}
