#pragma once

#include "domain/Clock.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;

// A period [from, to] (both days included) for the registers and the complaints register: two
// date fields and one-click presets (today, this month, last month, this year), "today" from the
// injected clock. A period that ends before it starts is said so under the fields.
class PeriodSelector : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Today, ThisMonth, LastMonth, ThisYear };

    explicit PeriodSelector(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    bool isValid() const { return from().isValid() && to().isValid() && from() <= to(); }

    void setPeriod(const QDate &from, const QDate &to);
    void setPreset(Preset preset);
    // The period a preset stands for on `today`.
    static std::pair<QDate, QDate> presetPeriod(Preset preset, const QDate &today);

signals:
    void periodChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblem();

    std::shared_ptr<const Clock> m_clock;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_todayButton;
    QPushButton *m_thisMonthButton;
    QPushButton *m_lastMonthButton;
    QPushButton *m_thisYearButton;
    QLabel *m_problemLabel;
    bool m_setting = false;
};
