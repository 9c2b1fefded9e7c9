// Keyboard first in every dialog of the desk: within one dialog, each Alt+letter belongs to one
// widget only (GuiTestHelpers::mnemonicClashes: buttons, the button box's, check boxes, labels
// with a buddy, group box titles, tabs). Two on one letter make Alt+letter move the focus between
// them instead of pressing the button. The letters are the translators' in Kazakh and Russian and
// the source texts' in English, so every dialog is shown in each of the three languages, in each
// of its states that shows other widgets (new or recorded, each admission mode, connected to a
// queue server or not).
//
// A QDialogButtonBox's OK, Save, Cancel and Close have no letter in Qt's own texts, but under
// GNOME, the desktop of a Debian desk, Qt names them &OK, &Save, &Cancel and &Close (QGnomeTheme,
// translated in Qabyldau's catalogues). The test cannot load that theme offscreen, so each language
// runs twice: with Qt's texts, and with GNOME's put where Qt's default texts come from (a
// translator for the context QPlatformTheme). A button whose text the desk sets itself keeps it,
// as under GNOME.
//
// The dialogs built in place are opened by what opens them: the date and text questions
// (DeskDialogs::askDate, askText) by their pages' buttons, the existing application by the
// application form, the kindergarten's details and the region's kindergartens by their Settings
// sections. The message boxes, Qt's file dialog and the print preview come through DeskDialogs
// as the desk shows them.
#include "AboutDialog.h"
#include "DirectionTableModel.h"
#include "EnrollmentTestFixture.h"
#include "GuiTestHelpers.h"
#include "LanguageController.h"
#include "NeedsAttentionDialog.h"
#include "SignInDialog.h"
#include "UsersSection.h"
#include "application/ApplicationForm.h"
#include "applications/ApplicationsPage.h"
#include "applications/CorrectApplicationDialog.h"
#include "common/DeskDialogs.h"
#include "complaints/ComplaintDialog.h"
#include "enrollment/ContractDialog.h"
#include "enrollment/DirectionsPage.h"
#include "enrollment/RefusalDialog.h"
#include "queue/ApplicationDetailsDialog.h"
#include "settings/KindergartenListEditor.h"
#include "settings/KindergartenProfileEditor.h"
#include "settings/Translations.h"
#include "store/ComplaintStore.h"
#include "store/EnrollmentStore.h"
#include "store/PlaceStore.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStore.h"
#include "vacancies/PlaceDialog.h"
#include "vacancies/VacanciesPage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace EnrollmentTest;

namespace {

// The standard buttons as the GNOME platform theme names them (QGnomeTheme::standardButtonText),
// put where Qt's default texts come from (QPlatformTheme::defaultStandardButtonText translates
// them in the context QPlatformTheme). Qabyldau's catalogues translate both contexts.
class GnomeButtonTexts : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "QPlatformTheme") != 0)
            return {};
        static const QHash<QByteArray, const char *> gnome{
            {"OK", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")},
            {"Save", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")},
            {"Cancel", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")},
            {"Close", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")},
        };
        const char *text = gnome.value(QByteArray(sourceText));
        return text ? QCoreApplication::translate("QGnomeTheme", text) : QString();
    }
};

// A dialog shown with exec() by `open`: checked once it is on screen, then closed as if
// cancelled. Nothing when it never showed.
QStringList clashesOfModal(const std::function<void()> &open, const QString &where, bool *shown)
{
    QStringList clashes;
    *shown = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        *shown = true;
        clashes = GuiTestHelpers::mnemonicClashes(dialog, where);
        dialog->reject();
    });
    poll.start();
    open();
    return clashes;
}

int rowWith(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

} // namespace

class TestDialogKeys : public QObject
{
    Q_OBJECT
private slots:
    void oneWidgetPerLetterInEveryDialog_data();
    void oneWidgetPerLetterInEveryDialog();

private:
    // Shows the dialog and adds what shares a letter in it.
    void check(QWidget *dialog, const QString &name)
    {
        dialog->show();
        m_checked << name;
        m_clashes << GuiTestHelpers::mnemonicClashes(dialog, m_language + u' ' + name);
    }
    void checkModal(const std::function<void()> &open, const QString &name)
    {
        bool shown = false;
        m_clashes << clashesOfModal(open, m_language + u' ' + name, &shown);
        if (shown)
            m_checked << name;
        else
            m_notShown << name;
    }
    static void click(QWidget *parent, const QString &name)
    {
        auto button = parent->findChild<QPushButton *>(name);
        if (!button || !button->isEnabled()) {
            qWarning("no enabled button %s", qPrintable(name));
            return;
        }
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString m_language;
    QStringList m_clashes;
    QStringList m_checked;
    QStringList m_notShown;
};

void TestDialogKeys::oneWidgetPerLetterInEveryDialog_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<bool>("gnome");
    for (const QLocale::Language language : {QLocale::Kazakh, QLocale::Russian, QLocale::English}) {
        const QByteArray code = Translations::code(language).toLatin1();
        QTest::newRow(code.constData()) << language << false;
        QTest::newRow(QByteArray(code + " GNOME").constData()) << language << true;
    }
}

void TestDialogKeys::oneWidgetPerLetterInEveryDialog()
{
    QFETCH(QLocale::Language, language);
    QFETCH(bool, gnome);
    m_language = Translations::code(language) + (gnome ? u" GNOME"_s : QString());
    m_clashes.clear();
    m_checked.clear();
    m_notShown.clear();

    LanguageController languages;
    QVERIFY(languages.apply(language));
    GnomeButtonTexts gnomeTexts;
    if (gnome)
        QCoreApplication::installTranslator(&gnomeTexts);
    const auto removeGnome = qScopeGuard([&] { QCoreApplication::removeTranslator(&gnomeTexts); });

    // The desk's data: this kindergarten, the child's application and its direction in force, a
    // direction held under the extraordinary right and one waiting for its early-booking place.
    Desk desk;
    QVERIFY(desk.isReady());
    const DeskContext &context = desk.context();
    const QString applicationId = desk.registerApplication();
    QVERIFY(!applicationId.isEmpty());
    Direction inForce = direction();
    inForce.applicationId = applicationId;
    Direction military = direction(u"02-2026-000201"_s);
    military.category = Category::Military;
    military.childIin = GuiTestHelpers::makeIin(QDate(2022, 3, 1), Iin::Sex::Male, 77);
    military.childBirthDate = QDate(2022, 3, 1);
    Direction early = direction(u"02-2026-000202"_s);
    early.admissionMode = AdmissionMode::EarlyBooking;
    early.childIin = GuiTestHelpers::makeIin(QDate(2022, 2, 1), Iin::Sex::Female, 78);
    early.childBirthDate = QDate(2022, 2, 1);
    QVERIFY(desk.importDirections({inForce, military, early}));
    const std::optional<Application> application = ApplicationStore(desk.store()).find(applicationId);
    QVERIFY(application);
    const Account administrator = GuiTestHelpers::testUser();

    {
        AboutDialog about;
        check(&about, u"AboutDialog"_s);
    }
    for (const auto &[mode, name] : {std::pair{SignInDialog::Mode::CreateAdministrator, "create the administrator"},
                                     std::pair{SignInDialog::Mode::SignIn, "sign in"},
                                     std::pair{SignInDialog::Mode::Unlock, "unlock"}}) {
        SignInDialog signIn(mode, desk.store(), administrator);
        check(&signIn, u"SignInDialog (%1)"_s.arg(QLatin1String(name)));
    }
    {
        AccountDialog add(AccountDialog::Mode::Add, desk.store(), administrator, {});
        check(&add, u"AccountDialog (add)"_s);
        Account clerk = GuiTestHelpers::testUser(Role::Clerk);
        clerk.login = u"asem"_s;
        AccountDialog password(AccountDialog::Mode::ResetPassword, desk.store(), administrator, clerk);
        check(&password, u"AccountDialog (new password)"_s);
    }
    {
        // A duplicate child this desk holds (its application opens from a button) and one it does not.
        RejectedCommand held;
        held.type = u"register_application"_s;
        held.code = u"duplicate_child"_s;
        held.details = QJsonObject{{u"application_id"_s, applicationId}, {u"queue_number"_s, 4}};
        RejectedCommand other = held;
        other.details = QJsonObject{{u"application_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        NeedsAttentionDialog attention(desk.store(), {held, other});
        check(&attention, u"NeedsAttentionDialog"_s);
    }
    {
        const Expected<ServiceSession> session =
            EnrollmentStore(desk.store()).startSession(inForce.number, ServiceChannel::Office, deskNow(), context.clerk);
        QVERIFY(session);
        ContractDialog fresh(context, inForce, *session, deskNow().date());
        check(&fresh, u"ContractDialog (new)"_s);
        RefusalDialog refusal(context, inForce, session->id, {RefusalGround::DocumentsMissingOrOutOfDate},
                              {ChecklistItem::HealthCertificate});
        check(&refusal, u"RefusalDialog (new)"_s);
    }
    {
        // Recorded: the ID document as free text (before issue 13) and in parts.
        ContractDialog freeText(context, direction(), contractRecord());
        check(&freeText, u"ContractDialog (recorded, ID document as text)"_s);
        ContractRecord inParts = contractRecord();
        inParts.parentIdDocument.clear();
        inParts.parentIdDocumentDetails.kind = IdDocumentKind::IdentityCard;
        inParts.parentIdDocumentDetails.number = u"045678912"_s;
        inParts.parentIdDocumentDetails.issuedOn = QDate(2020, 2, 1);
        inParts.parentIdDocumentDetails.issuer = IdDocumentIssuer::InternalAffairs;
        ContractDialog structured(context, direction(), inParts);
        check(&structured, u"ContractDialog (recorded, ID document in parts)"_s);
        RefusalDialog refusal(context, direction(), refusalRecord());
        check(&refusal, u"RefusalDialog (recorded)"_s);
    }
    {
        ApplicationDetailsDialog offline(desk.store(), applicationId, 1);
        check(&offline, u"ApplicationDetailsDialog"_s);
    }
    {
        PlaceDialog place(context);
        place.show();
        auto restricted = place.findChild<QCheckBox *>();
        QVERIFY(restricted);
        restricted->setChecked(true);
        // Each admission mode shows its own rows (temporary stay: until; early booking: freed on).
        const QList<QComboBox *> combos = place.findChildren<QComboBox *>();
        QComboBox *modes = nullptr;
        for (QComboBox *combo : combos)
            if (combo->findData(int(AdmissionMode::EarlyBooking)) >= 0)
                modes = combo;
        QVERIFY(modes);
        for (int i = 0; i < modes->count(); ++i) {
            modes->setCurrentIndex(i);
            check(&place, u"PlaceDialog (%1)"_s.arg(modes->itemText(i)));
        }
    }
    {
        ComplaintDialog fresh(context);
        check(&fresh, u"ComplaintDialog (new)"_s);
        Complaint complaint;
        complaint.receivedOn = deskNow().date();
        complaint.addressee = ComplaintAddressee::Head;
        complaint.complainant = u"Омарова Айгүл, +7 701 111 22 33"_s;
        complaint.subject = u"Жолдама уақытында берілмеді"_s;
        const Expected<Complaint> registered = ComplaintStore(desk.store()).registerComplaint(complaint, context.clerk, deskNow());
        QVERIFY(registered);
        ComplaintDialog existing(context, *registered);
        check(&existing, u"ComplaintDialog (registered)"_s);
    }
    {
        CorrectApplicationDialog correct(context, *application);
        check(&correct, u"CorrectApplicationDialog"_s);
    }
    {
        KindergartenProfileSection section(context);
        section.show();
        KindergartenProfileEditor *editor = section.openEditor();
        QVERIFY(editor);
        check(editor->window(), u"kindergarten's details"_s);
        editor->window()->close();
    }
    {
        KindergartenSettingsSection section(desk.store());
        section.show();
        KindergartenListEditor *editor = section.openEditor();
        QVERIFY(editor);
        check(editor->window(), u"kindergartens of the region"_s);
        editor->window()->close();
    }
    {
        // The child already has an application: the form refuses it and opens the existing one.
        ApplicationForm form(desk.store());
        form.setClock(std::make_shared<FixedClock>(deskNow()));
        form.show();
        auto iin = form.findChild<QLineEdit *>(u"childIinEdit"_s);
        QVERIFY(iin);
        iin->setText(childIin());
        QVERIFY(!form.save());
        click(&form, u"openExistingButton"_s);
        auto existing = form.findChild<QDialog *>(u"existingApplicationDialog"_s);
        QVERIFY(existing);
        check(existing, u"existing application"_s);
    }
    {
        // The date questions of the Directions page: the place freed, the extension, the right confirmed.
        DirectionsPage page(context);
        page.resize(1280, 800);
        page.show();
        auto table = page.findChild<QTableView *>(u"directionsTable"_s);
        QVERIFY(table);
        const auto ask = [&](const Direction &d, const QString &button) {
            QTRY_VERIFY(rowWith(table->model(), DirectionTableModel::NumberColumn, d.number) >= 0);
            table->selectRow(rowWith(table->model(), DirectionTableModel::NumberColumn, d.number));
            checkModal([&] { click(&page, button); }, u"date question (%1)"_s.arg(button));
        };
        ask(early, u"placeFreedButton"_s);
        ask(inForce, u"extendDirectionButton"_s);
        ask(military, u"confirmRightButton"_s);
    }
    {
        // The Vacancies page's: the day a place published for early booking was freed.
        Place place;
        place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        place.kindergartenId = profile().id;
        place.groupName = u"Ересек топ «Жұлдыз»"_s;
        place.birthFrom = QDate(2021, 1, 1);
        place.birthTo = QDate(2021, 12, 31);
        place.admissionMode = AdmissionMode::EarlyBooking;
        place.admissionStartsOn = deskNow().date().addDays(10);
        QVERIFY(PlaceStore(desk.store()).publish(place, context.clerk, deskNow()));
        VacanciesPage page(context);
        page.resize(1280, 800);
        page.show();
        auto table = page.findChild<QTableView *>(u"placesTable"_s);
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
        checkModal([&] { click(&page, u"markFreedButton"_s); }, u"date question (markFreedButton)"_s);
    }
    {
        // The Application list's text question: the reason of a withdrawal.
        ApplicationsPage page(context);
        page.resize(1280, 800);
        page.show();
        auto table = page.findChild<QTableView *>(u"applicationsTable"_s);
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
        checkModal([&] { click(&page, u"withdrawButton"_s); }, u"text question (withdrawButton)"_s);
    }
    {
        // Connected to a queue server: the details ask it why not yet and which messages it sent;
        // once answered, the answer prints or saves in the language chosen.
        QVERIFY(SyncSettings::save(desk.store(), SyncConnection{QUrl(u"http://127.0.0.1:9"_s), u"desk-token"_s}));
        ApplicationDetailsDialog connected(desk.store(), applicationId, 1);
        QVERIFY(connected.whyButton() && connected.messagesButton());
        check(&connected, u"ApplicationDetailsDialog (connected)"_s);
        for (QWidget *answered : {static_cast<QWidget *>(connected.whyLanguageBox()),
                                  static_cast<QWidget *>(connected.printWhyButton()),
                                  static_cast<QWidget *>(connected.saveWhyButton())})
            answered->show();
        check(&connected, u"ApplicationDetailsDialog (connected, answered)"_s);
    }
    // Message boxes with each set of buttons the desk asks with, as DeskDialogs shows them.
    checkModal([] { DeskDialogs::question(nullptr, u"?"_s, u"?"_s); }, u"question (Yes, No)"_s);
    checkModal([] { DeskDialogs::question(nullptr, u"?"_s, u"?"_s, DeskDialogs::Discard | DeskDialogs::Cancel); },
               u"question (Discard, Cancel)"_s);
    checkModal([] { DeskDialogs::question(nullptr, u"?"_s, u"?"_s, DeskDialogs::Save | DeskDialogs::Discard | DeskDialogs::Cancel); },
               u"question (Save, Discard, Cancel)"_s);
    checkModal([] { DeskDialogs::warning(nullptr, u"!"_s, u"!"_s); }, u"warning"_s);
    checkModal([] { DeskDialogs::critical(nullptr, u"!"_s, u"!"_s, u"!"_s); }, u"critical"_s);
    // Qt's own dialogs, in the desk's language (their letters are Qt's, or Qabyldau's for Kazakh).
    checkModal([&] { DeskDialogs::openFileName(nullptr, u"Open"_s, desk.path(QString()), u"JSON (*.json)"_s); },
               u"file dialog (open)"_s);
    checkModal([&] { DeskDialogs::saveFileName(nullptr, u"Save"_s, desk.path(u"a.pdf"_s), u"PDF (*.pdf)"_s); },
               u"file dialog (save)"_s);
    checkModal([&] { DeskDialogs::existingFolder(nullptr, u"Folder"_s, desk.path(QString())); }, u"file dialog (folder)"_s);
    checkModal(
        [] {
            QPrinter printer;
            DeskDialogs::printPreview(nullptr, printer, u"Preview"_s, [](QPrinter *) {});
        },
        u"print preview"_s);

    qInfo("%s: %lld dialogs checked", qPrintable(m_language), qlonglong(m_checked.size()));
    QVERIFY2(m_notShown.isEmpty(), qPrintable(u"not shown: "_s + m_notShown.join(u", "_s)));
    QVERIFY2(m_clashes.isEmpty(), qPrintable(u"two widgets on one Alt+letter:\n"_s + m_clashes.join(u'\n')));
}

QTEST_MAIN(TestDialogKeys)
#include "tst_dialogkeys.moc"
