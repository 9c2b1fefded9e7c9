#include "ApplicationDetailsDialog.h"

#include "domain/ApplicationNumber.h"
#include "ExplanationDocument.h"
#include "QueueTableModel.h"
#include "common/DocumentPrinting.h"
#include "store/KindergartenProfileStore.h"
#include "common/HeadingLabel.h"
#include "domain/Application.h"
#include "domain/DateText.h"
#include "domain/ServiceSession.h"
#include "store/ApplicationStore.h"
#include "store/AuditTrail.h"
#include "common/DeskDialogs.h"
#include "store/Events.h"
#include "store/KindergartenStore.h"
#include "common/DeskStyle.h"
#include "sync/DeskExplanation.h"
#include "sync/DeskNotifications.h"
#include "sync/SyncSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QTextDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString dateText(const QDate &date)
{
    return DateText::date(date);
}

QString timeText(const QDateTime &time)
{
    return DateText::dateTimeWithSeconds(time);
}

// A value the clerk reads and may copy; a dash for a blank so that no row looks forgotten.
QLabel *valueLabel(const QString &text)
{
    auto label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFormLayout *section(QVBoxLayout *layout, const QString &title)
{
    auto box = new QGroupBox(title);
    auto form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(box);
    return form;
}

} // namespace

ApplicationDetailsDialog::ApplicationDetailsDialog(std::shared_ptr<Database> store, const QString &applicationId,
                                                   int queueNumber, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_historyTable(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("applicationDetailsDialog"));
    m_historyTable->setObjectName(QStringLiteral("historyTable"));

    const std::optional<Application> application =
        m_store ? ApplicationStore(m_store).find(applicationId) : std::nullopt;
    m_found = application.has_value();
    m_shownId = applicationId;
    m_application = application;

    auto layout = new QVBoxLayout(this);
    auto heading = new HeadingLabel;
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    if (application) {
        heading->setText(application->child.fullName());
        setWindowTitle(tr("Application: %1").arg(application->child.fullName()));
        showApplication(*application, queueNumber);
    } else {
        heading->setText(tr("Application not found"));
        setWindowTitle(tr("Application not found"));
        layout->addWidget(valueLabel(tr("The local store holds no application with the id %1.").arg(applicationId)));
    }

    auto historyBox = new QGroupBox(tr("History"));
    auto historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyTable);
    m_historyTable->setHorizontalHeaderLabels({tr("Time"), tr("By whom"), tr("Event")});
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setMinimumHeight(fontMetrics().height() * 6);
    m_historyTable->setMaximumHeight(fontMetrics().height() * 12);
    if (m_found)
        showHistory(applicationId);
    layout->addWidget(historyBox);

    // A parent's "why not us?": asked of the queue server, which keeps why each place went where
    // it went (docs/api.md, GET /api/v1/explain).
    const bool waiting = application && application->status != ApplicationStatus::Archived;
    const Expected<SyncConnection> connection = m_store ? SyncSettings::load(m_store) : Expected<SyncConnection>(SyncConnection{});
    if (waiting && connection && connection->isComplete()) {
        m_applicationId = applicationId;
        auto whyBox = new QGroupBox(tr("Places given to children behind this one"));
        auto whyLayout = new QVBoxLayout(whyBox);
        m_whyButton = new QPushButton(tr("&Why not yet?"));
        m_whyButton->setObjectName(QStringLiteral("whyButton"));
        m_whyButton->setToolTip(tr("Ask the queue server which places went to children behind this one, and why this child was passed over"));
        m_whyLabel = valueLabel(QString());
        m_whyLabel->setObjectName(QStringLiteral("whyLabel"));
        m_whyLabel->hide();
        auto row = new QHBoxLayout;
        row->addWidget(m_whyButton);
        row->addStretch(1);
        // The answer for the parent on paper, once there is one.
        m_whyLanguage = new QComboBox;
        m_whyLanguage->setObjectName(QStringLiteral("whyLanguageBox"));
        m_whyLanguage->addItem(tr("in Kazakh"), QStringLiteral("kk"));
        m_whyLanguage->addItem(tr("in Russian"), QStringLiteral("ru"));
        m_whyLanguage->setCurrentIndex(QLocale().language() == QLocale::Russian ? 1 : 0);
        m_whyLanguage->setToolTip(tr("The language of the printed answer"));
        m_printWhyButton = new QPushButton(tr("&Print the answer…"));
        m_printWhyButton->setObjectName(QStringLiteral("printWhyButton"));
        m_saveWhyButton = new QPushButton(tr("Save the answer as P&DF…"));
        m_saveWhyButton->setObjectName(QStringLiteral("saveWhyButton"));
        for (QWidget *widget : {static_cast<QWidget *>(m_whyLanguage), static_cast<QWidget *>(m_printWhyButton),
                                static_cast<QWidget *>(m_saveWhyButton)}) {
            widget->hide();
            row->addWidget(widget);
        }
        whyLayout->addLayout(row);
        whyLayout->addWidget(m_whyLabel);
        layout->addWidget(whyBox);
        connect(m_whyButton, &QPushButton::clicked, this, &ApplicationDetailsDialog::askWhy);
        connect(m_printWhyButton, &QPushButton::clicked, this, [this] { printWhy(false); });
        connect(m_saveWhyButton, &QPushButton::clicked, this, [this] { printWhy(true); });
    }

    // What the parent was told, and whether it arrived (RULES 8): asked of the queue server, which
    // sends the e-mails and SMS (docs/api.md, GET /api/v1/notifications).
    if (m_found && connection && connection->isComplete()) {
        m_applicationId = applicationId;
        auto messagesBox = new QGroupBox(tr("Messages to the parent"));
        auto messagesLayout = new QVBoxLayout(messagesBox);
        m_messagesButton = new QPushButton(tr("Show the &messages"));
        m_messagesButton->setObjectName(QStringLiteral("messagesButton"));
        m_messagesButton->setToolTip(tr("Ask the queue server which e-mails and SMS it sent the parent about this application, and whether they arrived"));
        auto row = new QHBoxLayout;
        row->addWidget(m_messagesButton);
        row->addStretch(1);
        messagesLayout->addLayout(row);
        m_messagesLabel = valueLabel(QString());
        m_messagesLabel->setObjectName(QStringLiteral("messagesLabel"));
        m_messagesLabel->hide();
        messagesLayout->addWidget(m_messagesLabel);
        m_messagesTable = new QTableWidget(0, 5);
        m_messagesTable->setObjectName(QStringLiteral("messagesTable"));
        m_messagesTable->setHorizontalHeaderLabels({tr("Queued"), tr("Stage"), tr("Channel"), tr("To"), tr("Delivery")});
        m_messagesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_messagesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_messagesTable->setWordWrap(true);
        m_messagesTable->verticalHeader()->hide();
        m_messagesTable->horizontalHeader()->setStretchLastSection(true);
        m_messagesTable->setMinimumHeight(fontMetrics().height() * 5);
        m_messagesTable->setMaximumHeight(fontMetrics().height() * 10);
        m_messagesTable->hide();
        messagesLayout->addWidget(m_messagesTable);
        layout->addWidget(messagesBox);
        connect(m_messagesButton, &QPushButton::clicked, this, &ApplicationDetailsDialog::askMessages);
    }

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    adjustSize();
}

ApplicationDetailsDialog::~ApplicationDetailsDialog() = default;

void ApplicationDetailsDialog::recordViewedBy(const QString &reader)
{
    m_reader = reader;
    if (!m_found || !m_store)
        return;
    if (const Status recorded = AuditTrail::recordViewed(m_store, m_shownId, reader, QDateTime::currentDateTime());
        !recorded)
        DeskDialogs::warning(this, tr("Audit"),
                             tr("This reading could not be recorded in the audit journal: %1").arg(recorded.error().message()));
}

QNetworkReply *ApplicationDetailsDialog::askServer(const QString &endpoint)
{
    const Expected<SyncConnection> connection = SyncSettings::load(m_store);
    if (!connection || !connection->isComplete())
        return nullptr;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QUrl url = connection->server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + endpoint);
    url.setQuery(QStringLiteral("application=") + QString::fromLatin1(QUrl::toPercentEncoding(m_applicationId)));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + connection->token.toUtf8());
    request.setTransferTimeout(15000);
    return m_network->get(request);
}

void ApplicationDetailsDialog::askWhy()
{
    QNetworkReply *reply = askServer(QStringLiteral("/api/v1/explain"));
    if (!reply)
        return;
    m_whyButton->setEnabled(false);
    m_whyLabel->setText(tr("Asking the queue server…"));
    DeskStyle::setErrorTone(m_whyLabel, false);
    m_whyLabel->show();
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_whyButton->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status == 404) {
            m_whyLabel->setText(tr("The queue server has not registered this application at this kindergarten yet: sync first."));
            DeskStyle::setErrorTone(m_whyLabel, true);
            return;
        }
        const Expected<DeskExplanation> answer = status == 200 ? DeskExplanation::fromJson(body)
                                                               : Expected<DeskExplanation>(Issue::error(Field::None, Rule::OutOfRange));
        if (!answer) {
            m_whyLabel->setText(tr("The queue server could not be asked: %1")
                                    .arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                                   : tr("unexpected answer (HTTP %1)").arg(status)));
            DeskStyle::setErrorTone(m_whyLabel, true);
            return;
        }
        KindergartenStore kindergartens(m_store);
        const QLocale::Language language = QLocale().language();
        m_whyLabel->setText(answer->text([&](const QString &id) {
            const std::optional<Kindergarten> found = kindergartens.find(id);
            return found ? found->name(language) : id;
        }));
        DeskStyle::setErrorTone(m_whyLabel, false);
        m_answer = *answer;
        for (QWidget *widget : {static_cast<QWidget *>(m_whyLanguage), static_cast<QWidget *>(m_printWhyButton),
                                static_cast<QWidget *>(m_saveWhyButton)})
            widget->show();
    });
}

void ApplicationDetailsDialog::askMessages()
{
    QNetworkReply *reply = askServer(QStringLiteral("/api/v1/notifications"));
    if (!reply)
        return;
    m_messagesButton->setEnabled(false);
    m_messagesLabel->setText(tr("Asking the queue server…"));
    DeskStyle::setErrorTone(m_messagesLabel, false);
    m_messagesLabel->show();
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_messagesButton->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status == 404) {
            m_messagesTable->hide();
            m_messagesLabel->setText(tr("The queue server has not registered this application at this kindergarten yet: sync first."));
            DeskStyle::setErrorTone(m_messagesLabel, true);
            return;
        }
        const Expected<DeskNotifications> answer = status == 200 ? DeskNotifications::fromJson(body)
                                                                 : Expected<DeskNotifications>(Issue::error(Field::None, Rule::OutOfRange));
        if (!answer) {
            m_messagesTable->hide();
            m_messagesLabel->setText(tr("The queue server could not be asked: %1")
                                         .arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                                        : tr("unexpected answer (HTTP %1)").arg(status)));
            DeskStyle::setErrorTone(m_messagesLabel, true);
            return;
        }
        DeskStyle::setErrorTone(m_messagesLabel, false);
        if (answer->messages.isEmpty()) {
            m_messagesTable->hide();
            m_messagesLabel->setText(tr("The queue server has sent the parent no message about this application: the application "
                                        "gives no phone number or e-mail, or no stage has been reached that is told."));
            return;
        }
        m_messagesLabel->setText(tr("Messages: %1").arg(answer->messages.size()));
        m_messagesTable->setRowCount(int(answer->messages.size()));
        int row = 0;
        for (const DeskNotification &message : answer->messages) {
            const QStringList cells{DateText::dateTime(message.createdAt), DeskNotification::eventLabel(message.event),
                                    message.channelLabel(), message.recipient, message.deliveryText()};
            for (int column = 0; column < cells.size(); ++column) {
                auto item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(cells.at(column));
                m_messagesTable->setItem(row, column, item);
            }
            if (message.state != DeskNotification::State::Pending)
                m_messagesTable->item(row, 4)->setForeground(DeskStyle::color(
                    message.state == DeskNotification::State::Sent ? DeskStyle::Tone::Ok : DeskStyle::Tone::Error));
            ++row;
        }
        m_messagesTable->resizeColumnsToContents();
        m_messagesTable->horizontalHeader()->setStretchLastSection(true);
        m_messagesTable->show();
        // Once shown, the last column has its width: a long delivery line wraps instead of being cut.
        m_messagesTable->resizeRowsToContents();
    });
}

void ApplicationDetailsDialog::printWhy(bool pdf)
{
    if (!m_answer || !m_application || !m_store)
        return;
    const KindergartenProfileStore profiles(m_store);
    ExplanationDocumentData paper;
    paper.profile = profiles.load();
    paper.childName = m_application->child.fullName();
    paper.childIin = m_application->childIin;
    paper.childBirthDate = m_application->childBirthDate;
    paper.filedAt = m_application->filedAt;
    paper.registrationSequence = m_application->registrationSequence;
    paper.explanation = *m_answer;
    KindergartenStore kindergartens(m_store);
    for (const DeskExplanation::PassedOver &p : std::as_const(m_answer->passedOver))
        if (const std::optional<Kindergarten> found = kindergartens.find(p.kindergartenId))
            paper.kindergartenNames.insert(p.kindergartenId, {found->name(QLocale::Kazakh), found->name(QLocale::Russian)});
    paper.printedAt = QDateTime::currentDateTime();
    paper.clerk = m_reader;
    const DocumentLanguage language =
        m_whyLanguage->currentData().toString() == QStringLiteral("ru") ? DocumentLanguage::Russian : DocumentLanguage::Kazakh;
    const QString folder = profiles.templatesFolder();
    const std::unique_ptr<QTextDocument> document =
        ExplanationDocument::document(paper, language, folder.isEmpty() ? QStringList() : QStringList{folder});
    const QString title = document->metaInformation(QTextDocument::DocumentTitle);
    const bool done = pdf ? !DocumentPrinting::savePdf(this, *document, title, ExplanationDocument::suggestedFileName(paper, language)).isEmpty()
                          : DocumentPrinting::preview(this, *document, title);
    if (!done)
        return;
    // DESIGN 9: the child's paper left the desk on paper.
    if (const Status recorded = AuditTrail::recordPrinted(m_store, AuditTrail::Documents::explanation(), m_shownId, m_reader,
                                                          QDateTime::currentDateTime());
        !recorded)
        DeskDialogs::warning(this, tr("Audit"),
                             tr("This printing could not be recorded in the audit journal: %1").arg(recorded.error().message()));
}

void ApplicationDetailsDialog::showApplication(const Application &a, int queueNumber)
{
    auto content = new QWidget;
    auto columns = new QHBoxLayout(content);
    auto left = new QVBoxLayout;
    auto right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    QFormLayout *child = section(left, tr("Child"));
    child->addRow(tr("Full name:"), valueLabel(a.child.fullName()));
    child->addRow(tr("IIN:"), valueLabel(a.childIin));
    child->addRow(tr("Date of birth:"), valueLabel(dateText(a.childBirthDate)));
    const QString sex = a.childSex == Iin::Sex::Male     ? tr("male")
                        : a.childSex == Iin::Sex::Female ? tr("female")
                                                         : QString();
    child->addRow(tr("Sex:"), valueLabel(sex));

    QFormLayout *applicant = section(left, tr("Applicant"));
    applicant->addRow(tr("Full name:"), valueLabel(a.applicant.fullName()));
    applicant->addRow(tr("IIN:"), valueLabel(a.applicantIin));
    applicant->addRow(tr("Address:"), valueLabel(a.applicantAddress));
    applicant->addRow(tr("Settlement:"), valueLabel(a.settlement));

    QFormLayout *contacts = section(left, tr("Notifications"));
    contacts->addRow(tr("Mobile numbers:"), valueLabel(a.phones.join(QStringLiteral(", "))));
    contacts->addRow(tr("E-mail:"), valueLabel(a.email));
    contacts->addRow(tr("Consent to data processing:"), valueLabel(a.consent ? tr("given") : tr("not given")));
    contacts->addRow(tr("Signed on:"), valueLabel(dateText(a.signatureDate)));
    left->addStretch(1);

    QFormLayout *queue = section(right, tr("Queue"));
    // Issue 13 item 1: the number the parent quotes (the id for an application without one).
    QLabel *numberLabel = valueLabel(ApplicationNumbers::shown(a.number, a.id));
    numberLabel->setObjectName(QStringLiteral("applicationNumberLabel"));
    queue->addRow(tr("Application number:"), numberLabel);
    queue->addRow(tr("Queue number:"), valueLabel(queueNumber > 0 ? QString::number(queueNumber) : QString()));
    queue->addRow(tr("Status:"), valueLabel(QueueTableModel::statusLabel(a.status)));
    if (a.status == ApplicationStatus::StopListed)
        queue->addRow(tr("On the stop list until:"), valueLabel(dateText(a.stopListedUntil)));
    if (a.status == ApplicationStatus::Archived) {
        QString reason;
        switch (a.archiveReason) {
        case ArchiveReason::None: break;
        case ArchiveReason::Enrolled: reason = tr("enrolled"); break;
        case ArchiveReason::WithdrawnByApplicant: reason = tr("withdrawn by the applicant"); break;
        case ArchiveReason::AgeLimit: reason = tr("age limit reached"); break;
        case ArchiveReason::Duplicate: reason = tr("duplicate"); break;
        case ArchiveReason::Other: reason = tr("other"); break;
        }
        queue->addRow(tr("Reason:"), valueLabel(reason));
    }
    queue->addRow(tr("Filed:"), valueLabel(timeText(a.filedAt)));
    queue->addRow(tr("Registration number:"),
                  valueLabel(a.registrationSequence > 0 ? QString::number(a.registrationSequence)
                                                        : tr("not yet synchronised")));

    QFormLayout *category = section(right, tr("Category"));
    category->addRow(tr("Category:"), valueLabel(QStringLiteral("%1. %2").arg(Categories::code(a.category))
                                                     .arg(Categories::label(a.category))));
    if (!a.categoryDocument.isEmpty()) {
        category->addRow(tr("Document:"), valueLabel(a.categoryDocument.type));
        category->addRow(tr("Number:"), valueLabel(a.categoryDocument.number));
        category->addRow(tr("Issued by:"), valueLabel(a.categoryDocument.issuer));
        category->addRow(tr("Issued on:"), valueLabel(dateText(a.categoryDocument.issueDate)));
    }

    QFormLayout *wishes = section(right, tr("Wishes"));
    // In the order of preference, by name where the region's list knows the kindergarten.
    QStringList kindergartens;
    for (const QString &id : a.preferredKindergartens) {
        const std::optional<Kindergarten> known = KindergartenStore(m_store).find(id);
        const QString name = known ? known->name(QLocale().language()) : QString();
        kindergartens.append(name.isEmpty() ? id : name + QStringLiteral(" (") + id + u')');
    }
    wishes->addRow(tr("Preferred kindergartens:"), valueLabel(kindergartens.join(u'\n')));
    QString language;
    switch (a.language) {
    case TeachingLanguage::Any: language = tr("any"); break;
    case TeachingLanguage::Kazakh: language = tr("Kazakh"); break;
    case TeachingLanguage::Russian: language = tr("Russian"); break;
    case TeachingLanguage::Other: language = tr("other"); break;
    }
    wishes->addRow(tr("Language of upbringing and teaching:"), valueLabel(language));
    right->addStretch(1);

    auto scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    // Wide enough for both columns whole; taller content scrolls.
    scroll->setMinimumWidth(content->sizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    scroll->setMinimumHeight(std::min(content->sizeHint().height(), fontMetrics().height() * 34));
    static_cast<QVBoxLayout *>(layout())->addWidget(scroll, 1);
}

void ApplicationDetailsDialog::showHistory(const QString &applicationId)
{
    const Expected<QList<ApplicationEvent>> history = ApplicationStore(m_store).history(applicationId);
    if (!history) {
        m_historyTable->setRowCount(1);
        m_historyTable->setSpan(0, 0, 1, 3);
        m_historyTable->setItem(0, 0, new QTableWidgetItem(history.error().message()));
        return;
    }
    const QList<ApplicationEvent> &entries = *history;
    if (entries.isEmpty()) {
        m_historyTable->setRowCount(1);
        m_historyTable->setSpan(0, 0, 1, 3);
        m_historyTable->setItem(0, 0, new QTableWidgetItem(tr("No journal entries name this application.")));
        return;
    }
    m_historyTable->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const ApplicationEvent &entry = entries.at(i);
        m_historyTable->setItem(i, 0, new QTableWidgetItem(timeText(entry.at)));
        // What the queue server did has no clerk here: the sync brought its result.
        m_historyTable->setItem(i, 1, new QTableWidgetItem(entry.received ? tr("Queue server (received by sync)")
                                                                          : entry.actor));
        auto event = new QTableWidgetItem(eventText(entry));
        event->setToolTip(event->text());
        event->setData(Qt::UserRole, entry.event);
        m_historyTable->setItem(i, 2, event);
    }
    m_historyTable->resizeColumnsToContents();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
}

QString ApplicationDetailsDialog::eventLabel(const QString &event)
{
    if (event == Events::applicationRegistered())
        return tr("Application registered");
    if (event == Events::applicationsImported())
        return tr("Imported with other applications");
    if (event == Events::directionIssued())
        return tr("Direction issued");
    if (event == Events::stopListed())
        return tr("Put on the stop list");
    if (event == Events::applicationArchived())
        return tr("Moved to the archive");
    if (event == Events::categoryChanged())
        return tr("Category changed");
    if (event == Events::applicationCorrected())
        return tr("Application corrected");
    if (event == Events::applicationWithdrawn())
        return tr("Withdrawn at the parent's request");
    if (event == Events::applicationRequeued())
        return tr("Returned to the queue");
    if (event == Events::directionsImported())
        return tr("Direction received at the desk");
    if (event == Events::directionExtended())
        return tr("Direction extended");
    if (event == Events::directionExpired())
        return tr("Direction expired");
    if (event == Events::directionCancelled())
        return tr("Direction cancelled");
    if (event == Events::directionPlaceFreed())
        return tr("Place freed");
    if (event == Events::rightConfirmed())
        return tr("Right confirmed");
    if (event == Events::rightWithdrawn())
        return tr("Right withdrawn");
    if (event == Events::serviceStage())
        return tr("Service stage");
    if (event == Events::checklistSaved())
        return tr("Documents checklist saved");
    if (event == Events::contractRecorded())
        return tr("Contract signed");
    if (event == Events::refusalRecorded())
        return tr("Reasoned refusal given");
    // An event this version has no words for yet: its code, readable.
    QString words = event;
    words.replace(u'_', u' ');
    return words;
}

QString ApplicationDetailsDialog::eventText(const ApplicationEvent &event)
{
    const QString label = eventLabel(event.event);
    const auto text = [&](const char *key) { return event.payload.value(QLatin1String(key)).toString(); };
    const auto date = [&](const char *key) {
        return DateText::date(QDate::fromString(text(key), Qt::ISODate));
    };
    QString detail;
    if (event.event == Events::serviceStage()) {
        if (const std::optional<ServiceStage> stage = ServiceSessions::stageFromCode(text("stage")))
            detail = ServiceSessions::stageLabel(*stage);
    } else if (event.event == Events::contractRecorded()) {
        detail = tr("No. %1").arg(text("contract_number"));
    } else if (event.event == Events::refusalRecorded()) {
        detail = tr("No. %1").arg(text("refusal_number"));
    } else if (event.event == Events::applicationWithdrawn()) {
        detail = text("reason");
    } else if (event.event == Events::directionExtended()) {
        detail = tr("until %1").arg(date("extended_until"));
    } else if (event.event == Events::directionPlaceFreed()) {
        detail = date("freed_on");
    } else if (event.event == Events::rightConfirmed()) {
        detail = date("confirmed_on");
    } else if (event.event == Events::stopListed() && event.entity == JournalEntities::direction()) {
        // The refusal's own payload says until when (RULES 6.4).
        const QString until = event.payload.value(QLatin1String("application")).toObject()
                                  .value(QLatin1String("stop_listed_until")).toString();
        if (!until.isEmpty())
            detail = tr("until %1").arg(DateText::date(QDate::fromString(until, Qt::ISODate)));
    }
    QString result = detail.isEmpty() ? label : tr("%1: %2").arg(label, detail);
    if (!event.directionNumber.isEmpty())
        result = tr("%1 (direction No. %2)").arg(result, event.directionNumber);
    return result;
}
