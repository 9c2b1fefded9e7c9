#include "ConnectionSection.h"

#include "store/Database.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

ConnectionSection::ConnectionSection(std::shared_ptr<Database> store, QWidget *parent)
    : QGroupBox(parent)
    , m_store(std::move(store))
    , m_form(new QFormLayout)
    , m_urlCaption(new QLabel)
    , m_urlEdit(new QLineEdit)
    , m_urlError(new QLabel)
    , m_tokenCaption(new QLabel)
    , m_tokenEdit(new QLineEdit)
    , m_showToken(new QCheckBox)
    , m_saveButton(new QPushButton)
    , m_checkButton(new QPushButton)
    , m_resultLabel(new QLabel)
{
    setObjectName(QStringLiteral("connectionSection"));
    m_urlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_urlError->setObjectName(QStringLiteral("serverUrlError"));
    m_tokenEdit->setObjectName(QStringLiteral("deskTokenEdit"));
    m_showToken->setObjectName(QStringLiteral("showTokenCheck"));
    m_saveButton->setObjectName(QStringLiteral("saveConnectionButton"));
    m_checkButton->setObjectName(QStringLiteral("checkConnectionButton"));
    m_resultLabel->setObjectName(QStringLiteral("checkResultLabel"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://queue.example.kz:8443"));
    m_urlError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_urlError->hide();
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_resultLabel->setWordWrap(true);
    m_urlCaption->setBuddy(m_urlEdit);
    m_tokenCaption->setBuddy(m_tokenEdit);

    auto urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_urlEdit);
    urlColumn->addWidget(m_urlError);
    auto tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showToken);
    auto buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_saveButton);
    buttonRow->addWidget(m_checkButton);
    buttonRow->addWidget(m_resultLabel, 1);
    m_form->addRow(m_urlCaption, urlColumn);
    m_form->addRow(m_tokenCaption, tokenRow);
    m_form->addRow(buttonRow);
    setLayout(m_form);

    if (m_store) {
        if (const Expected<SyncConnection> saved = SyncSettings::load(m_store)) {
            m_urlEdit->setText(saved->server.toString());
            m_tokenEdit->setText(saved->token);
        }
    }
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ConnectionSection::validate);
    connect(m_showToken, &QCheckBox::toggled, this, [this](bool show) {
        m_tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionSection::save);
    connect(m_checkButton, &QPushButton::clicked, this, &ConnectionSection::check);
    retranslateUi();
    validate();
}

ConnectionSection::~ConnectionSection()
{
    // The check holds its own connection and times out on its own; wait for it rather than
    // leave a thread running past the window.
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
}

SyncConnection ConnectionSection::connection() const
{
    SyncConnection connection;
    const QString url = m_urlEdit->text().trimmed();
    if (!url.isEmpty())
        connection.server = QUrl(url);
    connection.token = m_tokenEdit->text().trimmed();
    return connection;
}

QString ConnectionSection::urlProblem() const
{
    const QString text = m_urlEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("Enter an address that starts with http:// or https://, e.g. https://queue.example.kz");
    return {};
}

bool ConnectionSection::isChecking() const
{
    return m_checkThread != nullptr;
}

void ConnectionSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ConnectionSection::retranslateUi()
{
    setTitle(tr("Connection to the queue server"));
    m_urlCaption->setText(tr("Server &address:"));
    m_tokenCaption->setText(tr("Desk to&ken:"));
    m_showToken->setText(tr("Show"));
    m_saveButton->setText(tr("&Save connection"));
    m_checkButton->setText(tr("&Check connection"));
    validate();
}

void ConnectionSection::validate()
{
    const QString problem = urlProblem();
    m_urlError->setText(problem);
    m_urlError->setVisible(!problem.isEmpty());
    m_saveButton->setEnabled(problem.isEmpty());
    m_checkButton->setEnabled(problem.isEmpty() && !m_checkThread);
}

void ConnectionSection::save()
{
    if (!urlProblem().isEmpty() || !m_store)
        return;
    const SyncConnection connection = this->connection();
    if (const Status saved = SyncSettings::save(m_store, connection); !saved) {
        m_resultLabel->setText(saved.error().message());
        return;
    }
    m_resultLabel->setText(tr("Saved."));
    emit saved(connection);
}

void ConnectionSection::check()
{
    if (m_checkThread || !urlProblem().isEmpty())
        return;
    const SyncConnection connection = this->connection();
    if (!connection.isComplete()) {
        SyncError error;
        error.kind = SyncError::Kind::NoServer;
        m_resultLabel->setText(error.message());
        emit checkFinished(error);
        return;
    }
    SyncOptions options;
    options.server = connection.server;
    options.token = connection.token;
    options.requestTimeoutMs = 15000;
    const QString path = m_store ? m_store->path() : QStringLiteral(":memory:");
    m_resultLabel->setText(tr("Checking…"));
    m_checkThread = QThread::create([this, options, path] {
        SyncError error;
        // Its own connection: a Database is used only on the thread that opened it.
        if (Expected<std::shared_ptr<Database>> database = Database::open(path)) {
            SyncEngine engine(*database, options);
            error = engine.checkConnection();
        } else {
            error.kind = SyncError::Kind::Store;
            error.detail = database.error().detail;
        }
        QMetaObject::invokeMethod(this, [this, error] {
            m_checkThread->wait();
            delete m_checkThread;
            m_checkThread = nullptr;
            m_resultLabel->setText(error.ok() ? tr("Connected.") : error.message());
            m_resultLabel->setToolTip(error.detail);
            validate();
            emit checkFinished(error);
        }, Qt::QueuedConnection);
    });
    validate();
    m_checkThread->start();
}
