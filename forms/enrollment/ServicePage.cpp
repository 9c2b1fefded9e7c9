#include "enrollment/ServicePage.h"

#include "ReceiptDocument.h"
#include "common/DeskStyle.h"
#include "common/DocumentPrinting.h"
#include "common/HeadingLabel.h"
#include "common/PrintAudit.h"
#include "domain/DateText.h"
#include "domain/PhoneText.h"
#include "enrollment/ChecklistPanel.h"
#include "enrollment/ContractDialog.h"
#include "enrollment/RefusalDialog.h"
#include "settings/RuleSettings.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"
#include "domain/Digits.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString timeText(const QDateTime &moment)
{
    return moment.isValid() ? DateText::time(moment.time()) : QStringLiteral("—");
}


// mm:ss, minutes past 59 included (a clock far over its limit still reads plainly).
QString minutesSeconds(qint64 seconds)
{
    const qint64 shown = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(shown / 60, 2, 10, QLatin1Char('0')).arg(shown % 60, 2, 10, QLatin1Char('0'));
}

// The receipt goes to the parent: in the language of the child's group.
DocumentLanguage receiptLanguage(const Direction &direction)
{
    return direction.groupLanguage == TeachingLanguage::Russian ? DocumentLanguage::Russian
                                                                : DocumentLanguage::Kazakh;
}

// Rows of the direction's panel, in order.
enum DirectionRow {
    NumberRow,
    ChildRow,
    ApplicantRow,
    ContactRow,
    GroupRow,
    ModeRow,
    ValidityRow,
    StatusRow,
    DirectionRowCount
};

} // namespace

ServicePage::ServicePage(const DeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_titleLabel(new HeadingLabel)
    , m_findLabel(new QLabel)
    , m_findEdit(new QLineEdit)
    , m_openButton(new QPushButton)
    , m_messageLabel(new QLabel)
    , m_profileNotice(new QFrame)
    , m_profileNoticeLabel(new QLabel)
    , m_profileSettingsButton(new QPushButton)
    , m_stack(new QStackedWidget)
    , m_emptyLabel(new QLabel)
    , m_scrollArea(new QScrollArea)
    , m_directionGroup(new QGroupBox)
    , m_directionForm(new QFormLayout)
    , m_validityLabel(nullptr)
    , m_serviceGroup(new QGroupBox)
    , m_channelLabel(new QLabel)
    , m_channelCombo(new QComboBox)
    , m_startButton(new QPushButton)
    , m_takingButton(new QPushButton)
    , m_handedInButton(new QPushButton)
    , m_stagesLabel(new QLabel)
    , m_checklist(new ChecklistPanel(context))
    , m_resultLabel(new QLabel)
    , m_receiptButton(new QPushButton)
    , m_receiptPdfButton(new QPushButton)
    , m_refuseButton(new QPushButton)
    , m_admitButton(new QPushButton)
    , m_reprintButton(new QPushButton)
    , m_clockTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this))
{
    buildUi();
    retranslateUi();
    updateProfileNotice();
}

ServicePage::~ServicePage()
{
    // A tick the clerk made just before leaving is not lost.
    saveChecklist();
}

void ServicePage::buildUi()
{
    m_findEdit->setObjectName(QStringLiteral("findDirectionEdit"));
    m_openButton->setObjectName(QStringLiteral("openDirectionButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_directionGroup->setObjectName(QStringLiteral("directionGroup"));
    m_serviceGroup->setObjectName(QStringLiteral("serviceGroup"));
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    m_startButton->setObjectName(QStringLiteral("startServiceButton"));
    m_takingButton->setObjectName(QStringLiteral("takingDocumentsButton"));
    m_handedInButton->setObjectName(QStringLiteral("documentsHandedInButton"));
    m_stagesLabel->setObjectName(QStringLiteral("stagesLabel"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_receiptButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_receiptPdfButton->setObjectName(QStringLiteral("receiptPdfButton"));
    m_refuseButton->setObjectName(QStringLiteral("refuseButton"));
    m_admitButton->setObjectName(QStringLiteral("admitButton"));
    m_reprintButton->setObjectName(QStringLiteral("reprintButton"));

    m_findLabel->setBuddy(m_findEdit);
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_openButton->setDefault(false);
    m_openButton->setAutoDefault(false);

    for (QLabel *label : {m_messageLabel, m_resultLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_messageLabel->hide();
    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);

    // The direction, plainly: caption and value per line.
    m_directionForm->setLabelAlignment(Qt::AlignLeft);
    m_directionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_directionForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int row = 0; row < DirectionRowCount; ++row) {
        auto caption = new QLabel;
        auto value = new QLabel;
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_directionForm->addRow(caption, value);
        m_directionCaptions.append(caption);
        m_directionValues.append(value);
    }
    m_validityLabel = m_directionValues.at(ValidityRow);
    m_validityLabel->setObjectName(QStringLiteral("validityLabel"));
    m_directionValues.at(NumberRow)->setObjectName(QStringLiteral("directionNumberLabel"));
    m_directionValues.at(ChildRow)->setObjectName(QStringLiteral("childLabel"));
    m_directionValues.at(StatusRow)->setObjectName(QStringLiteral("directionStatusLabel"));
    QFont validityFont = m_validityLabel->font();
    validityFont.setBold(true);
    m_validityLabel->setFont(validityFont);
    m_directionGroup->setLayout(m_directionForm);

    // The service: channel, start, the stages and their clocks.
    m_channelLabel->setBuddy(m_channelCombo);
    m_channelCombo->addItem(QString(), int(ServiceChannel::Office));
    m_channelCombo->addItem(QString(), int(ServiceChannel::Portal));
    m_channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channelLabel);
    channelRow->addWidget(m_channelCombo);
    channelRow->addStretch(1);
    // Start on the row of the stages: the channel's name keeps its room in Russian at 1280
    // pixels (issue 13 item 5).
    auto stageRow = new QHBoxLayout;
    stageRow->addWidget(m_startButton);
    stageRow->addWidget(m_takingButton);
    stageRow->addWidget(m_handedInButton);
    stageRow->addStretch(1);
    m_stagesLabel->setTextFormat(Qt::PlainText);
    m_stagesLabel->setWordWrap(true);
    auto clockRow = new QHBoxLayout;
    const QStringList clockNames = {QStringLiteral("waitClockLabel"), QStringLiteral("serviceClockLabel"),
                                    QStringLiteral("resultClockLabel")};
    for (const QString &name : clockNames) {
        auto label = new QLabel;
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setFrameShape(QFrame::StyledPanel);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setMargin(fontMetrics().averageCharWidth());
        QFont clockFont = label->font();
        clockFont.setPointSizeF(clockFont.pointSizeF() * 1.1);
        label->setFont(clockFont);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        clockRow->addWidget(label, 1);
        m_clockLabels.append(label);
    }
    auto serviceLayout = new QVBoxLayout(m_serviceGroup);
    serviceLayout->addLayout(channelRow);
    serviceLayout->addLayout(stageRow);
    serviceLayout->addLayout(clockRow);
    serviceLayout->addWidget(m_stagesLabel);

    // Two columns: what the parent brought the direction for, and the documents.
    auto content = new QWidget;
    auto columns = new QHBoxLayout(content);
    auto left = new QVBoxLayout;
    left->addWidget(m_directionGroup);
    left->addWidget(m_serviceGroup);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(m_checklist, 1);
    m_scrollArea->setObjectName(QStringLiteral("serviceScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(content);

    auto contentPage = new QWidget;
    auto contentLayout = new QVBoxLayout(contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_scrollArea, 1);
    auto actions = new QHBoxLayout;
    actions->addWidget(m_resultLabel, 1);
    actions->addWidget(m_reprintButton);
    actions->addWidget(m_receiptButton);
    actions->addWidget(m_receiptPdfButton);
    actions->addWidget(m_refuseButton);
    actions->addWidget(m_admitButton);
    contentLayout->addLayout(actions);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(contentPage);

    auto titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(m_findLabel);
    titleRow->addWidget(m_findEdit);
    titleRow->addWidget(m_openButton);

    // Issue 13 item 6: a contract names this kindergarten, its BIN, address and head; without
    // those details the store refuses every contract, so the page says so before the parent is
    // served, and leads to Settings.
    m_profileNotice->setObjectName(QStringLiteral("profileNotice"));
    m_profileNoticeLabel->setObjectName(QStringLiteral("profileNoticeLabel"));
    m_profileSettingsButton->setObjectName(QStringLiteral("profileSettingsButton"));
    m_profileNotice->setFrameShape(QFrame::StyledPanel);
    m_profileNotice->setAutoFillBackground(true);
    m_profileNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_profileNotice->setForegroundRole(QPalette::ToolTipText);
    m_profileNoticeLabel->setWordWrap(true);
    m_profileNoticeLabel->setTextFormat(Qt::PlainText);
    auto noticeLayout = new QHBoxLayout(m_profileNotice);
    noticeLayout->addWidget(m_profileNoticeLabel, 1);
    noticeLayout->addWidget(m_profileSettingsButton);
    m_profileNotice->hide();
    connect(m_profileSettingsButton, &QPushButton::clicked, this, &ServicePage::settingsRequested);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_profileNotice);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);

    // Keyboard order: find, the service, the documents, then the result.
    setTabOrder(m_findEdit, m_openButton);
    setTabOrder(m_openButton, m_channelCombo);
    setTabOrder(m_channelCombo, m_startButton);
    setTabOrder(m_startButton, m_takingButton);
    setTabOrder(m_takingButton, m_handedInButton);
    setTabOrder(m_handedInButton, m_checklist);
    setTabOrder(m_checklist, m_receiptButton);
    setTabOrder(m_receiptButton, m_receiptPdfButton);
    setTabOrder(m_receiptPdfButton, m_refuseButton);
    setTabOrder(m_refuseButton, m_admitButton);
    setTabOrder(m_admitButton, m_reprintButton);

    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { openDirection(m_findEdit->text()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openDirection(m_findEdit->text()); });
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_checklist->setChannel(ServiceChannel(m_channelCombo->currentData().toInt()));
    });
    connect(m_startButton, &QPushButton::clicked, this, &ServicePage::startService);
    connect(m_takingButton, &QPushButton::clicked, this, [this] { recordStage(ServiceStage::ServiceStarted); });
    connect(m_handedInButton, &QPushButton::clicked, this, [this] { recordStage(ServiceStage::DocumentsHandedIn); });
    connect(m_checklist, &ChecklistPanel::checklistChanged, this, &ServicePage::checklistChanged);
    connect(m_receiptButton, &QPushButton::clicked, this, &ServicePage::printReceipt);
    connect(m_receiptPdfButton, &QPushButton::clicked, this, &ServicePage::saveReceiptPdf);
    connect(m_admitButton, &QPushButton::clicked, this, &ServicePage::admit);
    connect(m_refuseButton, &QPushButton::clicked, this, &ServicePage::refuse);
    connect(m_reprintButton, &QPushButton::clicked, this, &ServicePage::reprint);

    // Appendix 4: the clocks run by the second while the parent waits.
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &ServicePage::refreshClocks);
    // Ticks are saved a moment after the last change, and before any action.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &ServicePage::saveChecklist);
}

ContractDialog *ServicePage::contractDialog() const
{
    return m_contractDialog;
}

RefusalDialog *ServicePage::refusalDialog() const
{
    return m_refusalDialog;
}

void ServicePage::updateProfileNotice()
{
    bool ready = !m_context.store;
    if (m_context.store) {
        const KindergartenProfile profile = KindergartenProfileStore(m_context.store).load();
        ready = !profile.isEmpty() && !hasErrors(profile.validate());
    }
    m_profileNotice->setVisible(!ready);
}

QString ServicePage::kindergartenId() const
{
    return m_context.store ? KindergartenProfileStore(m_context.store).load().id : QString();
}

bool ServicePage::openDirection(const QString &numberOrIin)
{
    const QString text = numberOrIin.trimmed();
    if (text.isEmpty() || !m_context.store)
        return false;
    saveChecklist();
    if (m_findEdit->text().trimmed() != text)
        m_findEdit->setText(text);

    DirectionStore directions(m_context.store);
    std::optional<Direction> found = directions.find(text);
    if (!found && Digits::of(text).size() == 12)
        found = directions.findByChildIin(text);
    if (!found) {
        showMessage([text] { return tr("No direction with the number or child's IIN “%1”.").arg(text); }, true);
        m_findEdit->setFocus();
        m_findEdit->selectAll();
        return false;
    }
    m_direction = found;
    EnrollmentStore enrollment(m_context.store);
    m_session = enrollment.sessionForDirection(found->number);
    m_contract = enrollment.contractForDirection(found->number);
    m_refusal = enrollment.refusalForDirection(found->number);
    if (kindergartenId().isEmpty())
        showMessage([] {
            return tr("This kindergarten's details are not filled in yet (Settings): the direction cannot be checked "
                      "against it, and no contract can be made.");
        }, true);
    else
        showMessage({}, false);

    // The checklist as it was saved, or a new one for the channel chosen.
    Checklist checklist;
    checklist.channel = ServiceChannel(m_channelCombo->currentData().toInt());
    QDate contractDate = m_context.clock->today();
    if (m_session) {
        checklist = m_session->checklist;
        checklist.channel = m_session->channel;
        const QSignalBlocker blocker(m_channelCombo);
        m_channelCombo->setCurrentIndex(m_channelCombo->findData(int(m_session->channel)));
    }
    if (m_contract)
        contractDate = m_contract->date;
    else if (m_refusal)
        contractDate = m_refusal->date;
    m_checklist->setService(*m_direction, kindergartenId(), checklist, contractDate);
    m_checklistDirty = false;

    m_stack->setCurrentIndex(1);
    showDirection();
    showSession();
    showResult();
    if (m_startButton->isEnabled())
        m_startButton->setFocus();
    else if (m_session && !m_session->isFinished())
        m_checklist->setFocus();
    return true;
}

Status ServicePage::startService()
{
    if (!m_direction || !m_context.store)
        return Issue::error(Field::DirectionNumber, Rule::Required);
    const ServiceChannel channel = ServiceChannel(m_channelCombo->currentData().toInt());
    const QDateTime now = m_context.clock->now();
    // RULES 6.1, Appendix 4 item 7: the office takes documents in its hours only; the portal's
    // request after hours counts from the next working day's first acceptance moment.
    const Expected<QDateTime> moment =
        ServiceSessions::registrationMoment(channel, now, m_context.officeHours, *m_context.calendar);
    if (!moment) {
        const Issue issue = moment.error();
        const OfficeHours hours = m_context.officeHours;
        if (issue.rule == Rule::OutsideOfficeHours) {
            showMessage(
                [issue, hours] {
                    return tr("Documents are accepted at the office on working days, %1–%2 (lunch %3–%4). "
                              "The next acceptance: %5.")
                        .arg(DateText::time(hours.acceptanceStartsAt),
                             DateText::time(hours.acceptanceEndsAt),
                             DateText::time(hours.lunchStartsAt),
                             DateText::time(hours.lunchEndsAt), issue.detail);
                },
                true);
        } else {
            showMessage([issue] { return issue.message(); }, true);
        }
        return issue;
    }
    const Expected<ServiceSession> started =
        EnrollmentStore(m_context.store).startSession(m_direction->number, channel, *moment, m_context.clerk);
    if (!started) {
        const Issue issue = started.error();
        showMessage([issue] { return tr("The service was not started: %1").arg(issue.message()); }, true);
        return issue;
    }
    m_session = *started;
    if (*moment != now) {
        const QDateTime registered = *moment;
        showMessage(
            [registered] {
                return tr("Registered for %1: a portal request outside office hours counts from the next working "
                          "day (RULES 6.1).")
                    .arg(DateText::dateTime(registered));
            },
            false);
    } else {
        showMessage({}, false);
    }
    // What was ticked before the start belongs to this service.
    m_checklistDirty = true;
    saveChecklist();
    showSession();
    m_takingButton->setFocus();
    return {};
}

Status ServicePage::recordStage(ServiceStage stage)
{
    if (!m_session || !m_context.store)
        return Issue::error(Field::ServiceSession, Rule::Required);
    saveChecklist();
    const Expected<ServiceSession> recorded =
        EnrollmentStore(m_context.store).recordStage(m_session->id, stage, m_context.clock->now(), m_context.clerk);
    if (!recorded) {
        const Issue issue = recorded.error();
        showMessage([issue] { return issue.message(); }, true);
        return issue;
    }
    const Checklist checklist = m_session->checklist;
    m_session = *recorded;
    m_session->checklist = checklist;
    showMessage({}, false);
    showSession();
    if (stage == ServiceStage::ServiceStarted)
        m_checklist->setFocus();
    return {};
}

bool ServicePage::completeStagesBeforeResult()
{
    // The result follows the documents (RULES 6.5): a clerk who goes straight to Admit or
    // Refuse has taken and checked them now.
    for (ServiceStage stage : {ServiceStage::ServiceStarted, ServiceStage::DocumentsHandedIn}) {
        if (m_session && !m_session->isFinished() && !m_session->stageTime(stage).isValid()) {
            if (!recordStage(stage))
                return false;
        }
    }
    return true;
}

void ServicePage::checklistChanged()
{
    if (m_session && !m_session->isFinished()) {
        m_checklistDirty = true;
        m_saveTimer->start();
    }
    updateButtons();
}

void ServicePage::saveChecklist()
{
    m_saveTimer->stop();
    if (!m_checklistDirty || !m_session || m_session->isFinished() || !m_context.store)
        return;
    m_checklistDirty = false;
    Checklist checklist = m_checklist->checklist();
    checklist.channel = m_session->channel;
    const Status saved = EnrollmentStore(m_context.store)
                             .saveChecklist(m_session->id, checklist, m_context.clerk, m_context.clock->now());
    if (!saved) {
        const Issue issue = saved.error();
        showMessage([issue] { return tr("The checklist was not saved: %1").arg(issue.message()); }, true);
        return;
    }
    m_session->checklist = checklist;
}

void ServicePage::admit()
{
    if (!m_direction || !m_session || m_session->isFinished())
        return;
    if (!completeStagesBeforeResult())
        return;
    saveChecklist();
    if (!m_checklist->isComplete())
        return;
    if (m_contractDialog)
        m_contractDialog->close();
    m_contractDialog = new ContractDialog(m_context, *m_direction, *m_session, m_checklist->contractDate(), this);
    m_contractDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_contractDialog, &ContractDialog::contractRecorded, this, &ServicePage::reloadAfterResult);
    m_contractDialog->open();
}

void ServicePage::refuse()
{
    if (!m_direction || m_direction->status != DirectionStatus::Issued)
        return;
    if (m_session && m_session->isFinished())
        return;
    if (!completeStagesBeforeResult())
        return;
    saveChecklist();
    // RULES 6.4: the grounds and documents the checklist found, for the clerk to confirm.
    QList<RefusalGround> grounds;
    QList<ChecklistItem> items;
    if (m_session && m_checklist->evaluation()) {
        grounds = m_checklist->evaluation()->grounds();
        items = m_checklist->evaluation()->faultyItems();
    }
    if (m_refusalDialog)
        m_refusalDialog->close();
    m_refusalDialog = new RefusalDialog(m_context, *m_direction, m_session ? m_session->id : QString(), grounds,
                                        items, this);
    m_refusalDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_refusalDialog, &RefusalDialog::refusalRecorded, this, &ServicePage::reloadAfterResult);
    m_refusalDialog->open();
}

void ServicePage::reprint()
{
    if (!m_direction)
        return;
    if (m_contract) {
        m_contractDialog = new ContractDialog(m_context, *m_direction, *m_contract, this);
        m_contractDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_contractDialog->open();
    } else if (m_refusal) {
        m_refusalDialog = new RefusalDialog(m_context, *m_direction, *m_refusal, this);
        m_refusalDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_refusalDialog->open();
    }
}

void ServicePage::reloadAfterResult()
{
    if (!m_direction || !m_context.store)
        return;
    const QString number = m_direction->number;
    if (const std::optional<Direction> reread = DirectionStore(m_context.store).find(number))
        m_direction = reread;
    EnrollmentStore enrollment(m_context.store);
    if (m_session) {
        if (const std::optional<ServiceSession> reread = enrollment.session(m_session->id))
            m_session = reread;
    } else {
        m_session = enrollment.sessionForDirection(number);
    }
    m_contract = enrollment.contractForDirection(number);
    m_refusal = enrollment.refusalForDirection(number);
    showDirection();
    showSession();
    showResult();
    emit resultRecorded(number);
}

namespace {

ReceiptDocumentData receiptData(const DeskContext &context, const Direction &direction, const ServiceSession &session,
                                const Checklist &checklist, const QString &kindergartenId, const QDate &date)
{
    ReceiptDocumentData content;
    content.profile = KindergartenProfileStore(context.store).load();
    content.direction = direction;
    content.session = session;
    content.session.checklist = checklist;
    content.required = Checklists::requiredItems(direction);
    if (date.isValid()) {
        const Expected<ChecklistEvaluation> evaluation = Checklists::evaluate(
            checklist, direction, kindergartenId, {}, date, *context.calendar, context.ruleSettings());
        if (evaluation) {
            content.required = evaluation->required;
            content.deferred = evaluation->deferred;
        }
    }
    return content;
}

} // namespace

Status ServicePage::writeReceiptPdf(const QString &path) const
{
    if (!m_direction || !m_session || !m_context.store)
        return Issue::error(Field::ServiceSession, Rule::Required);
    const ReceiptDocumentData content = receiptData(m_context, *m_direction, *m_session, m_checklist->checklist(),
                                                 kindergartenId(), m_checklist->contractDate());
    const QString folder = KindergartenProfileStore(m_context.store).templatesFolder();
    return ReceiptDocument::writePdf(content, receiptLanguage(*m_direction), path,
                                     folder.isEmpty() ? QStringList() : QStringList{folder});
}

void ServicePage::printReceipt()
{
    if (!m_direction || !m_session)
        return;
    saveChecklist();
    const ReceiptDocumentData content = receiptData(m_context, *m_direction, *m_session, m_checklist->checklist(),
                                                 kindergartenId(), m_checklist->contractDate());
    const QString folder = KindergartenProfileStore(m_context.store).templatesFolder();
    const std::unique_ptr<QTextDocument> document = ReceiptDocument::document(
        content, receiptLanguage(*m_direction), folder.isEmpty() ? QStringList() : QStringList{folder});
    if (DocumentPrinting::preview(this, *document, document->metaInformation(QTextDocument::DocumentTitle)))
        auditReceipt(content);
}

void ServicePage::auditReceipt(const ReceiptDocumentData &content)
{
    // DESIGN 9: the receipt names the child and the parent: who printed it, when; RULES 11: its
    // code goes to the queue server.
    if (const Status audited = PrintAudit::record(m_context, AuditTrail::Documents::receipt(), m_direction->number,
                                                  ReceiptDocument::printed(content, m_context.clock->now().date()));
        !audited)
        showMessage([message = audited.error().message()] { return message; }, true);
}

void ServicePage::saveReceiptPdf()
{
    if (!m_direction || !m_session)
        return;
    saveChecklist();
    const ReceiptDocumentData content = receiptData(m_context, *m_direction, *m_session, m_checklist->checklist(),
                                                 kindergartenId(), m_checklist->contractDate());
    const QString folder = KindergartenProfileStore(m_context.store).templatesFolder();
    const DocumentLanguage language = receiptLanguage(*m_direction);
    const std::unique_ptr<QTextDocument> document =
        ReceiptDocument::document(content, language, folder.isEmpty() ? QStringList() : QStringList{folder});
    const QString written =
        DocumentPrinting::savePdf(this, *document, document->metaInformation(QTextDocument::DocumentTitle),
                                  ReceiptDocument::suggestedFileName(content, language));
    if (!written.isEmpty()) {
        showMessage([written] { return tr("Saved: %1").arg(written); }, false);
        auditReceipt(content);
    }
}

void ServicePage::showMessage(std::function<QString()> text, bool error)
{
    m_message = std::move(text);
    m_messageIsError = error;
    const QString shown = m_message ? m_message() : QString();
    m_messageLabel->setText(shown);
    DeskStyle::setErrorTone(m_messageLabel, error);
    m_messageLabel->setVisible(!shown.isEmpty());
}

void ServicePage::showDirection()
{
    if (!m_direction)
        return;
    const Direction &d = *m_direction;
    const QLocale locale;
    const auto set = [this](int row, const QString &text) { m_directionValues.at(row)->setText(text); };
    m_directionGroup->setTitle(tr("Direction %1").arg(d.number));
    set(NumberRow, tr("%1, issued %2").arg(d.number, DateText::dateTime(d.issuedAt)));
    set(ChildRow, tr("%1, IIN %2, born %3").arg(d.child.fullName(), d.childIin, DateText::date(d.childBirthDate)));
    set(ApplicantRow, tr("%1, IIN %2").arg(d.applicant.fullName(), d.applicantIin));
    QStringList contact;
    if (!d.applicantAddress.isEmpty())
        contact.append(d.applicantAddress);
    if (!d.phones.isEmpty())
        contact.append(PhoneText::display(d.phones));
    set(ContactRow, contact.join(QStringLiteral("; ")));
    QString language;
    switch (d.groupLanguage) {
    case TeachingLanguage::Kazakh: language = tr("Kazakh"); break;
    case TeachingLanguage::Russian: language = tr("Russian"); break;
    case TeachingLanguage::Other: language = tr("other language"); break;
    case TeachingLanguage::Any: language = tr("any language"); break;
    }
    set(GroupRow, tr("%1 (%2, %3, %4)")
                      .arg(d.groupName, language, Directions::groupTypeLabel(d.groupType),
                           Directions::workingModeLabel(d.workingMode)));
    QString mode = Directions::admissionModeLabel(d.admissionMode);
    if (d.admissionStartsOn.isValid())
        mode += u", " + tr("admission from %1").arg(DateText::date(d.admissionStartsOn));
    if (d.admissionMode == AdmissionMode::TemporaryStay && d.temporaryUntil.isValid())
        mode += u", " + tr("until %1").arg(DateText::date(d.temporaryUntil));
    set(ModeRow, mode);

    // RULES 5, shown plainly: until when, and how many working days remain; red once past.
    const Expected<DirectionValidity> validity =
        Directions::validity(d, m_context.clock->today(), *m_context.calendar, m_context.ruleSettings());
    QString validityText;
    bool bad = true;
    if (!validity) {
        validityText = validity.error().message();
    } else {
        switch (validity->state) {
        case DirectionValidity::State::Valid:
            validityText = tr("valid until %1 — %n working day(s) left", nullptr, validity->workingDaysLeft)
                               .arg(DateText::date(validity->validUntil));
            bad = false;
            break;
        case DirectionValidity::State::Expired:
        case DirectionValidity::State::WaitingForPlace:
            validityText = validity->text();
            break;
        case DirectionValidity::State::Closed:
            validityText = validity->validUntil.isValid() ? tr("was valid until %1").arg(DateText::date(validity->validUntil))
                                                          : QString();
            bad = false;
            break;
        }
        if (d.extendedUntil.isValid())
            validityText += u' ' + tr("(extended once)");
    }
    m_validityLabel->setText(validityText);
    DeskStyle::setTone(m_validityLabel, bad ? DeskStyle::Tone::Error : DeskStyle::Tone::Ok);
    m_validityLabel->setProperty("expired", bad);
    set(StatusRow, Directions::statusLabel(d.status));
}

void ServicePage::showSession()
{
    m_clockSettings = m_context.ruleSettings();
    const bool running = m_session && !m_session->isFinished();
    m_checklist->setEditable(running);
    if (running)
        m_clockTimer->start();
    else
        m_clockTimer->stop();

    if (m_session) {
        const ServiceSession &s = *m_session;
        m_stagesLabel->setText(tr("%1: arrived %2 · documents taken from %3 · handed in %4 · result %5 · clerk %6")
                                   .arg(Checklists::channelLabel(s.channel),
                                        s.arrivedAt.isValid() && s.arrivedAt.date() != m_context.clock->today()
                                            ? DateText::dateTime(s.arrivedAt)
                                            : timeText(s.arrivedAt),
                                        timeText(s.serviceStartedAt), timeText(s.documentsAt), timeText(s.resultAt),
                                        s.clerk.isEmpty() ? QStringLiteral("—") : s.clerk));
    } else {
        m_stagesLabel->setText(tr("The service has not started."));
    }
    refreshClocks();
    updateButtons();
}

void ServicePage::refreshClocks()
{
    const RuleSettings &settings = m_clockSettings;
    QList<ServiceClock> clocks;
    if (m_session) {
        clocks = ServiceSessions::clocks(*m_session, m_context.clock->now(), settings);
    } else {
        for (auto [kind, limit] : {std::pair{ServiceClock::Kind::Wait, settings.maxWaitMinutes},
                                   std::pair{ServiceClock::Kind::Service, settings.maxServiceMinutes},
                                   std::pair{ServiceClock::Kind::Result, settings.maxResultMinutes}}) {
            ServiceClock clock;
            clock.kind = kind;
            clock.limitMinutes = limit;
            clocks.append(clock);
        }
    }
    for (int i = 0; i < m_clockLabels.size() && i < clocks.size(); ++i) {
        const ServiceClock &clock = clocks.at(i);
        QLabel *label = m_clockLabels.at(i);
        QString text;
        QString style;
        bool exceeded = false;
        // Three short lines that fit a narrow box in every language: what, how long, and how it stands.
        const QString elapsed = minutesSeconds(clock.elapsedSeconds) + QStringLiteral(" / ")
                                + minutesSeconds(qint64(clock.limitMinutes) * 60);
        if (!clock.isStarted()) {
            text = ServiceClock::kindLabel(clock.kind) + u'\n' + QStringLiteral("—") + u'\n'
                   + tr("limit %n min", nullptr, clock.limitMinutes);
            style = QStringLiteral("color: palette(placeholder-text);");
        } else if (clock.isExceeded()) {
            // Appendix 4 items 3, 10: over the limit; the register marks it too.
            exceeded = true;
            text = ServiceClock::kindLabel(clock.kind) + u'\n' + elapsed + u'\n' + tr("over the limit");
            style = DeskStyle::colorStyle(DeskStyle::Tone::Error) + QStringLiteral(" font-weight: bold; background: #fde8ec;");
        } else {
            text = ServiceClock::kindLabel(clock.kind) + u'\n' + elapsed + u'\n'
                   + (clock.isRunning() ? tr("running") : tr("done"));
            if (!clock.isRunning())
                style = DeskStyle::colorStyle(DeskStyle::Tone::Ok);
        }
        label->setToolTip(clock.isStarted() ? clock.label() : QString());
        label->setText(text);
        label->setStyleSheet(style);
        label->setProperty("exceeded", exceeded);
        label->setProperty("running", clock.isRunning());
    }
}

void ServicePage::showResult()
{
    QString text;
    DeskStyle::Tone tone = DeskStyle::Tone::Ok;
    if (m_contract) {
        text = tr("Contract No. %1 of %2 is recorded: the child is admitted, the direction is used.")
                   .arg(m_contract->number, DateText::date(m_contract->date));
    } else if (m_refusal) {
        QStringList grounds;
        for (RefusalGround ground : m_refusal->grounds)
            grounds.append(RefusalGrounds::code(ground));
        text = tr("Refusal No. %1 of %2 is recorded (grounds %3): the direction is refused.")
                   .arg(m_refusal->number, DateText::date(m_refusal->date), grounds.join(QStringLiteral(", ")));
        tone = DeskStyle::Tone::Error;
    } else if (m_direction && m_direction->status != DirectionStatus::Issued) {
        text = tr("This direction is %1: no service can start for it.").arg(Directions::statusLabel(m_direction->status));
        tone = DeskStyle::Tone::Error;
    }
    m_resultLabel->setText(text);
    DeskStyle::setTone(m_resultLabel, tone);
    m_reprintButton->setText(m_contract ? tr("&Reprint contract…") : tr("&Reprint refusal…"));
    updateButtons();
}

void ServicePage::updateButtons()
{
    const bool issued = m_direction && m_direction->status == DirectionStatus::Issued;
    const bool running = m_session && !m_session->isFinished();
    m_channelCombo->setEnabled(issued && !m_session);
    m_startButton->setEnabled(issued && !m_session);
    m_takingButton->setEnabled(running && !m_session->serviceStartedAt.isValid());
    m_handedInButton->setEnabled(running && m_session->serviceStartedAt.isValid() && !m_session->documentsAt.isValid());
    m_receiptButton->setEnabled(m_session.has_value());
    m_receiptPdfButton->setEnabled(m_session.has_value());
    // RULES 6.3: a contract only on a complete checklist.
    m_admitButton->setEnabled(issued && running && m_checklist->isComplete());
    m_refuseButton->setEnabled(issued && (!m_session || running));
    m_reprintButton->setVisible(m_contract.has_value() || m_refusal.has_value());
}

void ServicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ServicePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The details may have been filled in Settings meanwhile.
    updateProfileNotice();
    // Back at the desk later: the days left are today's.
    if (m_direction)
        showDirection();
}

void ServicePage::retranslateUi()
{
    m_titleLabel->setText(tr("Enrollment"));
    m_findLabel->setText(tr("&Direction or child's IIN:"));
    m_findEdit->setPlaceholderText(tr("type or scan"));
    m_openButton->setText(tr("&Open"));
    m_profileNoticeLabel->setText(tr("This kindergarten's details are not filled in yet: without its name, "
                                     "BIN, address and head no contract can be signed. Fill them in "
                                     "Settings, This kindergarten, before the first parent is served."));
    m_profileSettingsButton->setText(tr("Open Settin&gs"));
    m_emptyLabel->setText(tr("Type or scan the number of the direction the parent brought, or the child's IIN, "
                             "and press Enter."));
    // The limits of Appendix 4 items 3 and 10 show in each clock ("limit 15 min").
    m_serviceGroup->setTitle(tr("Service"));
    m_channelLabel->setText(tr("Channe&l:"));
    m_channelCombo->setItemText(0, Checklists::channelLabel(ServiceChannel::Office));
    m_channelCombo->setItemText(1, Checklists::channelLabel(ServiceChannel::Portal));
    m_startButton->setText(tr("S&tart service"));
    m_takingButton->setText(tr("Ta&king documents"));
    m_handedInButton->setText(tr("Docu&ments handed in"));
    m_receiptButton->setText(tr("&Print receipt…"));
    m_receiptPdfButton->setText(tr("Rec&eipt PDF…"));
    m_refuseButton->setText(tr("Ref&use…"));
    m_admitButton->setText(tr("&Admit…"));
    m_admitButton->setToolTip(tr("Enabled when every required document is in order"));

    const QStringList captions = {tr("Number:"), tr("Child:"), tr("Applicant:"), tr("Address, phones:"),
                                  tr("Group:"), tr("Admission:"), tr("Validity:"), tr("Status:")};
    for (int i = 0; i < m_directionCaptions.size(); ++i)
        m_directionCaptions.at(i)->setText(captions.value(i));
    if (!m_direction)
        m_directionGroup->setTitle(tr("Direction"));

    showMessage(m_message, m_messageIsError);
    showDirection();
    showSession();
    showResult();
}
