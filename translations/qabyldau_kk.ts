<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 туралы</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>%1 нұсқасы</translation>
    </message>
    <message>
        <source>The reception desk of a kindergarten: applications to the queue, directions, enrollment with contracts and reasoned refusals, complaints and registers, under the Rules for state services in preschool education of the Republic of Kazakhstan.</source>
        <translation>Мектепке дейінгі ұйым кеңсесінің бағдарламасы: кезекке өтініштер, жолдамалар, шарт жасасу немесе дәлелді бас тарту арқылы қабылдау, шағымдар мен тізілімдер. Қазақстан Республикасының мектепке дейінгі білім беру саласындағы мемлекеттік көрсетілетін қызметтер қағидаларына сәйкес.</translation>
    </message>
    <message>
        <source>The desk works offline with its own local store and syncs with the region&apos;s queue server when it is connected.</source>
        <translation>Бағдарлама желісіз де өзінің жергілікті қоймасымен жұмыс істейді, ал қосылған кезде өңірдің кезек серверімен синхрондалады.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 негізінде жасалған, Qt %2 ортасында жұмыс істейді.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Т.А.Ә.:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Tell the person the password in private.</source>
        <translation>
            <numerusform>Кемінде %n таңба. Құпиясөзді адамның өзіне оңаша айтыңыз.</numerusform>
            <numerusform>Кемінде %n таңба. Құпиясөзді адамның өзіне оңаша айтыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationDetailsDialog</name>
    <message>
        <source>Application: %1</source>
        <translation>Өтініш: %1</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Өтініш табылмады</translation>
    </message>
    <message>
        <source>The local store holds no application with the id %1.</source>
        <translation>Жергілікті қоймада %1 идентификаторы бар өтініш жоқ.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Т.А.Ә.:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Елді мекен:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Mobile numbers:</source>
        <translation>Мобильді телефон нөмірлері:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <source>Consent to data processing:</source>
        <translation>Дербес деректерді өңдеуге келісім:</translation>
    </message>
    <message>
        <source>given</source>
        <translation>берілген</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>берілмеген</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Қол қойылған күні:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>Queue number:</source>
        <translation>Кезектілік нөмірі:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>On the stop list until:</source>
        <translation>Тоқтату парағында тұру мерзімі:</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>балабақшаға қабылданды</translation>
    </message>
    <message>
        <source>withdrawn by the applicant</source>
        <translation>өтініш беруші кері қайтарып алды</translation>
    </message>
    <message>
        <source>age limit reached</source>
        <translation>жас шегіне жетті</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>қайталанған өтініш</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Берілген уақыты:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>not yet synchronised</source>
        <translation>әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Берген орган:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Қалаулар</translation>
    </message>
    <message>
        <source>Preferred kindergartens:</source>
        <translation>Таңдалған балабақшалар:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching:</source>
        <translation>Тәрбиелеу және оқыту тілі:</translation>
    </message>
    <message>
        <source>No journal entries name this application.</source>
        <translation>Журналда бұл өтініш туралы жазба жоқ.</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Өтініш тіркелді</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Жолдама берілді</translation>
    </message>
    <message>
        <source>Put on the stop list</source>
        <translation>Тоқтату парағына енгізілді</translation>
    </message>
    <message>
        <source>Moved to the archive</source>
        <translation>Архивке жіберілді</translation>
    </message>
    <message>
        <source>Category changed</source>
        <translation>Санаты өзгертілді</translation>
    </message>
    <message>
        <source>Imported with other applications</source>
        <translation>Басқа өтініштермен бірге импортталды</translation>
    </message>
    <message>
        <source>Places given to children behind this one</source>
        <translation>Кезекте осы баладан кейін тұрған балаларға берілген орындар</translation>
    </message>
    <message>
        <source>&amp;Why not yet?</source>
        <translation>&amp;Неге әлі жоқ?</translation>
    </message>
    <message>
        <source>Ask the queue server which places went to children behind this one, and why this child was passed over</source>
        <translation>Кезек жүйесінен осы баладан кейін тұрған балаларға қай орындар берілгенін және бұл бала неге өткізіліп жіберілгенін сұрау</translation>
    </message>
    <message>
        <source>Asking the queue server…</source>
        <translation>Кезек жүйесінен сұралуда…</translation>
    </message>
    <message>
        <source>The queue server has not registered this application at this kindergarten yet: sync first.</source>
        <translation>Кезек жүйесі бұл өтінішті осы балабақшада әлі тіркемеген: алдымен синхрондаңыз.</translation>
    </message>
    <message>
        <source>The queue server could not be asked: %1</source>
        <translation>Кезек жүйесінен сұрау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>күтпеген жауап (HTTP %1)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>This reading could not be recorded in the audit journal: %1</source>
        <translation>Бұл қарау аудит журналына жазылмады: %1</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Queue server (received by sync)</source>
        <translation>Кезек жүйесі (синхрондау арқылы алынды)</translation>
    </message>
    <message>
        <source>Returned to the queue</source>
        <translation>Кезекке қайтарылды</translation>
    </message>
    <message>
        <source>Direction received at the desk</source>
        <translation>Жолдама импортталды</translation>
    </message>
    <message>
        <source>Direction extended</source>
        <translation>Жолдама ұзартылды</translation>
    </message>
    <message>
        <source>Direction expired</source>
        <translation>Жолдаманың мерзімі өтті</translation>
    </message>
    <message>
        <source>Direction cancelled</source>
        <translation>Жолдаманың күші жойылды</translation>
    </message>
    <message>
        <source>Place freed</source>
        <translation>Орын босады</translation>
    </message>
    <message>
        <source>Right confirmed</source>
        <translation>Құқық расталды</translation>
    </message>
    <message>
        <source>Right withdrawn</source>
        <translation>Құқық жойылды</translation>
    </message>
    <message>
        <source>Service stage</source>
        <translation>Қызмет көрсету кезеңі</translation>
    </message>
    <message>
        <source>Documents checklist saved</source>
        <translation>Құжаттар тізбесі сақталды</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Шарт жасалды</translation>
    </message>
    <message>
        <source>Reasoned refusal given</source>
        <translation>Дәлелді бас тарту берілді</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (direction No. %2)</source>
        <translation>%1 (№ %2 жолдама)</translation>
    </message>
    <message>
        <source>Application corrected</source>
        <translation>Өтініш түзетілді</translation>
    </message>
    <message>
        <source>Withdrawn at the parent&apos;s request</source>
        <translation>Ата-ананың өтініші бойынша кері қайтарып алынды</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>орыс тілінде</translation>
    </message>
    <message>
        <source>The language of the printed answer</source>
        <translation>Басылатын жауаптың тілі</translation>
    </message>
    <message>
        <source>&amp;Print the answer…</source>
        <translation>Жауапты &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Save the answer as P&amp;DF…</source>
        <translation>Жауапты P&amp;DF етіп сақтау…</translation>
    </message>
    <message>
        <source>This printing could not be recorded in the audit journal: %1</source>
        <translation>Бұл басып шығару аудит журналына жазылмады: %1</translation>
    </message>
    <message>
        <source>Messages to the parent</source>
        <translation>Ата-анаға жіберілген хабарламалар</translation>
    </message>
    <message>
        <source>Show the &amp;messages</source>
        <translation>&amp;Хабарламаларды көрсету</translation>
    </message>
    <message>
        <source>Ask the queue server which e-mails and SMS it sent the parent about this application, and whether they arrived</source>
        <translation>Кезек серверінен осы өтініш бойынша ата-анаға қандай электрондық хаттар мен SMS жіберілгенін және олардың жеткенін сұрау</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Жеткізілуі</translation>
    </message>
    <message>
        <source>The queue server has sent the parent no message about this application: the application gives no phone number or e-mail, or no stage has been reached that is told.</source>
        <translation>Кезек сервері бұл өтініш бойынша ата-анаға ешбір хабарлама жібермеген: өтініште телефон нөмірі де, электрондық пошта да көрсетілмеген немесе хабарланатын кезең әлі болған жоқ.</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Хабарламалар: %1</translation>
    </message>
    <message>
        <source>Application number:</source>
        <translation>Өтініш нөмірі:</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application (Appendix 1)</source>
        <translation>Өтініш (1-қосымша)</translation>
    </message>
    <message>
        <source>Fill in the form with the applicant, in the order of the paper form. Problems appear next to their field; nothing you typed is lost when the application cannot be saved.</source>
        <translation>Нысанды өтініш берушімен бірге қағаз нысандағы ретпен толтырыңыз. Қателер тиісті өрістің жанында көрсетіледі; өтінішті сақтау мүмкін болмаса да, енгізілген мәліметтер жоғалмайды.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Қалаулар</translation>
    </message>
    <message>
        <source>Notification of changes</source>
        <translation>Өзгерістер туралы хабардар ету</translation>
    </message>
    <message>
        <source>Consent and signature</source>
        <translation>Келісім және қолы</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic (if any)</source>
        <translation>Әкесінің аты (бар болса)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Тұратын мекенжайы</translation>
    </message>
    <message>
        <source>Settlement (city, town or village)</source>
        <translation>Елді мекен (қала, кент, ауыл)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Kindergarten %1</source>
        <translation>Балабақша %1</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching</source>
        <translation>Тәрбиелеу және оқыту тілі</translation>
    </message>
    <message>
        <source>Mobile number %1 (SMS)</source>
        <translation>Мобильді нөмір %1 (SMS)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>Күні, айы және жылы: КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY. Proposed from the child&apos;s IIN; correct it when the birth certificate says otherwise.</source>
        <translation>Күні, айы және жылы: КК.АА.ЖЖЖЖ. Баланың ЖСН бойынша ұсынылды; туу туралы куәлікте басқа күн көрсетілсе, түзетіңіз.</translation>
    </message>
    <message>
        <source>e.g. certificate from the place of service</source>
        <translation>мысалы, қызмет орнынан анықтама</translation>
    </message>
    <message>
        <source>name@example.kz</source>
        <translation>name@example.kz</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>The applicant consents to the use of personal data protected by law in the information system.</source>
        <translation>Өтініш беруші ақпараттық жүйедегі заңмен қорғалатын құпиядан тұратын мәліметтерді пайдалануға келісім береді.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Тір&amp;кеу</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+S)</source>
        <translation>Өтінішті тіркеу (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Жаңа өтініш</translation>
    </message>
    <message>
        <source>&amp;Open the existing application</source>
        <translation>Бар өтінішті &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Басып шығару...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>P&amp;DF ретінде сақтау...</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>The region&apos;s list of kindergartens is empty: an administrator adds them in Settings.</source>
        <translation>Өңірдің балабақшалар тізімі бос: оларды әкімші «Баптаулар» бөлімінде қосады.</translation>
    </message>
    <message>
        <source>Up to four, in order of preference.</source>
        <translation>Төртеуіне дейін, қалау реті бойынша.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>әлі белгісіз</translation>
    </message>
    <message>
        <source>The application is registered.
Provisional queue number: %1 among the children born in %2.
Application number: %3</source>
        <translation>Өтініш тіркелді.
Алдын ала кезектілік нөмірі: %2 жылы туған балалар арасында %1.
Өтініш нөмірі: %3</translation>
    </message>
    <message>
        <source>Not registered: %1 already has an active application.
Application number: %2, filed on %3.</source>
        <translation>Тіркелмеді: %1 үшін қолданыстағы өтініш бұрыннан бар.
Өтініш нөмірі: %2, берілген күні: %3.</translation>
    </message>
    <message>
        <source>Not registered: this child already has an active application.</source>
        <translation>Тіркелмеді: бұл баланың қолданыстағы өтініші бұрыннан бар.</translation>
    </message>
    <message>
        <source>Not registered:</source>
        <translation>Тіркелмеді:</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Өтініш %1</translation>
    </message>
    <message>
        <source>Application number:</source>
        <translation>Өтініш нөмірі:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Берілген уақыты:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Child&apos;s IIN:</source>
        <translation>Баланың ЖСН:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Өтініш беруші:</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN:</source>
        <translation>Өтініш берушінің ЖСН:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Mobile numbers:</source>
        <translation>Мобильді телефон нөмірлері:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <source>Save the application as PDF</source>
        <translation>Өтінішті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>application-%1.pdf</source>
        <translation>өтініш-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>This application has not been saved. Discard what you typed and start a new one?</source>
        <translation>Бұл өтініш сақталмаған. Терілген мәліметтерді өшіріп, жаңа өтініш бастайсыз ба?</translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>byte %1: %2</source>
        <translation>%1-байт: %2</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt does not give its connection handle</source>
        <translation>Qt SQLite драйвері қосылым дескрипторын бермейді</translation>
    </message>
    <message>
        <source>%1: the file changed while it was read (%2 bytes when opened, %3 read); nothing was imported</source>
        <translation>%1: файл оқылып жатқанда өзгерді (ашылғанда %2 байт еді, %3 байт оқылды); ештеңе импортталмады</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>%1: enrolled</source>
        <translation>%1: қабылданды</translation>
    </message>
    <message>
        <source>%1: withdrawn by the applicant</source>
        <translation>%1: өтініш беруші кері қайтарып алды</translation>
    </message>
    <message>
        <source>%1: age limit reached</source>
        <translation>%1: жас шегіне жетті</translation>
    </message>
    <message>
        <source>%1: duplicate</source>
        <translation>%1: қайталанған өтініш</translation>
    </message>
    <message>
        <source>%1: other reason</source>
        <translation>%1: басқа себеп</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Берілген уақыты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Show archived</source>
        <translation>Архивтегілерді көрсету</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Қайта басып шығару…</translation>
    </message>
    <message>
        <source>IIN or part of a name</source>
        <translation>ЖСН немесе аты-жөнінің бір бөлігі</translation>
    </message>
    <message>
        <source>No application matches the search. Search by the child&apos;s or the applicant&apos;s IIN, or by a part of a name.</source>
        <translation>Іздеуге сәйкес өтініш жоқ. Баланың немесе өтініш берушінің ЖСН-і бойынша, не аты-жөнінің бір бөлігі бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>No applications are registered at this kindergarten yet. An application registered at this desk appears here; those registered at this kindergarten&apos;s other desks come with the queue server&apos;s sync.</source>
        <translation>Бұл балабақшада әзірге тіркелген өтініш жоқ. Осы үстелде тіркелген өтініш осында шығады; балабақшаның басқа үстелдерінде тіркелгендері кезек серверімен синхрондау арқылы келеді.</translation>
    </message>
    <message>
        <source>The application was corrected; its filing date stays %1.</source>
        <translation>Өтініш түзетілді; берілген уақыты өзгерген жоқ: %1.</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>Өтінішті кері қайтарып алу</translation>
    </message>
    <message>
        <source>The application of %1 leaves the queue for good (archived, withdrawn by the applicant). Write the parent&apos;s reason as they gave it.</source>
        <translation>%1 өтініші кезектен біржола шығады (архивке, өтініш беруші кері қайтарып алды). Ата-ананың айтқан себебін жазыңыз.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>The application of %1 was withdrawn and archived.</source>
        <translation>%1 өтініші кері қайтарып алынып, архивке жіберілді.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Printed: %1</source>
        <translation>Басып шығарылды: %1</translation>
    </message>
    <message>
        <source>Opened an application&apos;s details</source>
        <translation>Өтініштің мәліметтерін ашты</translation>
    </message>
    <message numerus="yes">
        <source>%n reads of personal data in the period.</source>
        <translation>
            <numerusform>Кезеңде дербес деректер %n рет қаралды.</numerusform>
            <numerusform>Кезеңде дербес деректер %n рет қаралды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of reads</source>
        <translation>Дербес деректерді қарау аудиті</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Басы:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Соңы:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Printed the application or saved it as PDF</source>
        <translation>Өтінішті басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the receipt or saved it as PDF</source>
        <translation>Қолхатты басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the contract or saved it as PDF</source>
        <translation>Шартты басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the refusal letter or saved it as PDF</source>
        <translation>Дәлелді жауапты басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the register of contracts or saved it as PDF</source>
        <translation>Шарттар тізілімін басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the register of refusals or saved it as PDF</source>
        <translation>Бас тартулар тізілімін басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the register of service times or saved it as PDF</source>
        <translation>Қызмет көрсету уақытының тізілімін басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the register of complaints or saved it as PDF</source>
        <translation>Шағымдар тізілімін басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>Printed the audit of reads or saved it as PDF</source>
        <translation>Дербес деректерді қарау аудитін басып шығарды немесе PDF етіп сақтады</translation>
    </message>
    <message>
        <source>The language of the printed audit</source>
        <translation>Басып шығарылатын аудиттің тілі</translation>
    </message>
    <message>
        <source>Print the audit…</source>
        <translation>Аудитті басып шығару…</translation>
    </message>
    <message>
        <source>Save the audit as PDF…</source>
        <translation>Аудитті PDF етіп сақтау…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Printed the queue server&apos;s answer &quot;why not yet?&quot; or saved it as PDF</source>
        <translation>Кезек серверінің «неге әлі жоқ?» деген сұраққа жауабын басып шығарды немесе PDF етіп сақтады</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>SQLite дерекқоры емес</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>файлдың соңы кесіліп қалған</translation>
    </message>
    <message>
        <source>no Qabyldau tables in it</source>
        <translation>онда Qabyldau кестелері жоқ</translation>
    </message>
    <message>
        <source>no schema version in it</source>
        <translation>онда схема нұсқасы жоқ</translation>
    </message>
    <message>
        <source>%1: version %2, this program knows up to %3</source>
        <translation>%1: %2-нұсқа, бұл бағдарлама %3-нұсқаға дейін ғана таниды</translation>
    </message>
    <message>
        <source>its content is not what was backed up</source>
        <translation>мазмұны сақтық көшірме жасалған кездегідей емес</translation>
    </message>
    <message>
        <source>%1: not a Qabyldau store</source>
        <translation>%1: бұл Qabyldau қоймасы емес</translation>
    </message>
    <message>
        <source>this is the store itself</source>
        <translation>бұл — қойманың өзі</translation>
    </message>
    <message>
        <source>a file that is not a backup is there</source>
        <translation>онда сақтық көшірме емес басқа файл тұр</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>қалтаны жасау мүмкін емес</translation>
    </message>
    <message>
        <source>the current store cannot be kept aside: %1</source>
        <translation>ағымдағы қойманы бөлек сақтап қою мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматты сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1</source>
        <translation>Бүгінгі сақтық көшірме мына қалтада: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Сақтық көшірме жазылды: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%1/%2-қадам: %3</translation>
    </message>
    <message>
        <source>Copying the backup next to the local store…</source>
        <translation>Сақтық көшірме жергілікті қойма қалтасына көшірілуде…</translation>
    </message>
    <message>
        <source>Copying the local store…</source>
        <translation>Жергілікті қойма көшірілуде…</translation>
    </message>
    <message>
        <source>Computing the copy&apos;s checksum…</source>
        <translation>Көшірменің бақылау сомасы есептелуде…</translation>
    </message>
    <message>
        <source>Checking the structure of the copy&apos;s database…</source>
        <translation>Көшірменің дерекқор құрылымы тексерілуде…</translation>
    </message>
    <message>
        <source>Comparing the copy&apos;s content with its checksum…</source>
        <translation>Көшірменің мазмұны бақылау сомасымен салыстырылуда…</translation>
    </message>
    <message>
        <source>Checking the chain of the copy&apos;s journal…</source>
        <translation>Көшірмедегі журналдың тізбегі тексерілуде…</translation>
    </message>
    <message>
        <source>Keeping a copy of the current local store…</source>
        <translation>Қазіргі жергілікті қойманың көшірмесі сақталуда…</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Folder of the daily backups</source>
        <translation>Күнделікті сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Days to keep copies:</source>
        <translation>Көшірмелерді сақтау мерзімі (күн):</translation>
    </message>
    <message>
        <source>A checked copy of the local store is made in this folder when the desk starts and once a day while it runs; copies older than this are removed. File &gt; Back up makes a copy at any time, for example on a USB stick.</source>
        <translation>Бағдарлама іске қосылғанда және жұмыс істеп тұрғанда күніне бір рет жергілікті қойманың тексерілген көшірмесі осы қалтаға жазылады; бұдан ескі көшірмелер жойылады. Файл &gt; Сақтық көшірме жасау арқылы көшірмені кез келген уақытта, мысалы, USB жинақтағышқа жасауға болады.</translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>%1 (%2 fell on a weekend)</source>
        <translation>%1 (%2 демалыс күніне сәйкес келді)</translation>
    </message>
    <message>
        <source>transferred by government decree</source>
        <translation>Үкімет қаулысымен ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>transferred by government decree: %1</source>
        <translation>Үкімет қаулысымен ауыстырылған демалыс күні: %1</translation>
    </message>
    <message>
        <source>weekend worked by government decree</source>
        <translation>Үкімет қаулысы бойынша жұмыс істелетін демалыс күні</translation>
    </message>
    <message>
        <source>weekend worked by government decree: %1</source>
        <translation>Үкімет қаулысы бойынша жұмыс істелетін демалыс күні: %1</translation>
    </message>
</context>
<context>
    <name>CalendarYear</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>жарамды JSON емес, %1-позиция: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>файлда бір JSON объектісі болуы керек</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: белгісіз кілт &quot;%2&quot;</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>жоғарғы деңгей</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a positive whole number</source>
        <translation>&quot;format&quot; мәні оң бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>format %1 is newer than this program reads (%2)</source>
        <translation>%1-формат тым жаңа: бұл бағдарлама %2-форматқа дейін ғана оқи алады</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a year such as 2026</source>
        <translation>&quot;year&quot; мәні 2026 сияқты жыл болуы керек</translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &quot;date&quot; мәні күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; must be a list</source>
        <translation>&quot;holidays&quot; мәні тізім болуы керек</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: объект болуы керек</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; needs at least one of kk, ru, en</source>
        <translation>%1: &quot;name&quot; ішінде kk, ru, en кілттерінің кемінде біреуі болуы керек</translation>
    </message>
    <message>
        <source>%1: &quot;moves&quot; must be true or false</source>
        <translation>%1: &quot;moves&quot; мәні true немесе false болуы керек</translation>
    </message>
    <message>
        <source>%1: &quot;kurban_ait&quot; must be true or false</source>
        <translation>%1: &quot;kurban_ait&quot; мәні true немесе false болуы керек</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; мәні тізім болуы керек</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 күні %2 жылға жатпайды</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 күні екі рет көрсетілген</translation>
    </message>
    <message>
        <source>%1: Kurban Ait never moves</source>
        <translation>%1: Құрбан айт ешқашан ауыстырылмайды</translation>
    </message>
    <message>
        <source>%1: Kurban Ait is listed twice</source>
        <translation>%1: Құрбан айт екі рет көрсетілген</translation>
    </message>
    <message>
        <source>%1: a day off by decree must be a weekday</source>
        <translation>%1: қаулы бойынша берілетін демалыс күні дүйсенбі мен жұма аралығында болуы керек</translation>
    </message>
    <message>
        <source>%1: a working day by decree must be a Saturday or Sunday</source>
        <translation>%1: қаулы бойынша белгіленген жұмыс күні сенбі немесе жексенбі болуы керек</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Child of a military serviceman, including one who died, passed away or went missing in service</source>
        <translation>Әскери қызметшінің, оның ішінде қызмет атқару кезінде қаза тапқанның, қайтыс болғанның немесе хабар-ошарсыз кеткеннің баласы</translation>
    </message>
    <message>
        <source>Child of an employee of a special state body, including one who died, passed away or went missing in service</source>
        <translation>Арнаулы мемлекеттік орган қызметкерінің, оның ішінде қызмет атқару кезінде қаза тапқан, қайтыс болған немесе хабар-ошарсыз кеткен қызметкердің баласы</translation>
    </message>
    <message>
        <source>Child whose legal representatives are persons with a disability</source>
        <translation>Заңды өкілдері мүгедек болып табылатындардың баласы</translation>
    </message>
    <message>
        <source>Child with special educational needs</source>
        <translation>Ерекше білім берілуіне қажеттілігі бар бала</translation>
    </message>
    <message>
        <source>Child left without parental care</source>
        <translation>Ата-анасының қамқорлығынсыз қалған бала</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Жетім бала</translation>
    </message>
    <message>
        <source>Child from a large family</source>
        <translation>Көп балалы отбасыдан шыққан бала</translation>
    </message>
    <message>
        <source>Child of a teacher</source>
        <translation>Педагогтің баласы</translation>
    </message>
    <message>
        <source>Child from a family raising a child with a disability</source>
        <translation>Мүгедек баласы бар отбасынан шыққан бала</translation>
    </message>
    <message>
        <source>None of the categories above</source>
        <translation>Жоғарыда аталған санаттардың біреуіне де қатысты емес</translation>
    </message>
    <message>
        <source>Military serviceman&apos;s child</source>
        <translation>Әскери қызметшінің баласы</translation>
    </message>
    <message>
        <source>Special state body employee&apos;s child</source>
        <translation>Арнаулы мемлекеттік орган қызметкерінің баласы</translation>
    </message>
    <message>
        <source>Parents with a disability</source>
        <translation>Ата-анасы мүгедек</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Ерекше білім беру қажеттілігі</translation>
    </message>
    <message>
        <source>Without parental care</source>
        <translation>Ата-анасының қамқорлығынсыз</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Көп балалы отбасы</translation>
    </message>
    <message>
        <source>Teacher&apos;s child</source>
        <translation>Педагогтің баласы</translation>
    </message>
    <message>
        <source>Family with a disabled child</source>
        <translation>Мүгедек баласы бар отбасы</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Санаты жоқ</translation>
    </message>
    <message>
        <source>Extraordinary right</source>
        <translation>Кезектен тыс құқық</translation>
    </message>
    <message>
        <source>Primary right</source>
        <translation>Бірінші кезектегі құқық</translation>
    </message>
    <message>
        <source>General queue</source>
        <translation>Жалпы кезек</translation>
    </message>
</context>
<context>
    <name>ChecklistFinding</name>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>the issue date is not entered</source>
        <translation>берілген күні енгізілмеген</translation>
    </message>
    <message>
        <source>dated after the contract date</source>
        <translation>шарт жасалған күннен кейінгі күнмен берілген</translation>
    </message>
    <message>
        <source>not in force on the contract date</source>
        <translation>шарт жасалған күні күшінде емес</translation>
    </message>
    <message>
        <source>issued for another child</source>
        <translation>басқа балаға берілген</translation>
    </message>
    <message>
        <source>issued for another kindergarten</source>
        <translation>басқа балабақшаға берілген</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2: %3 (ground: %4)</source>
        <translation>%1. %2: %3 (негіз: %4)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>not required</source>
        <translation>талап етілмейді</translation>
    </message>
    <message>
        <source>received</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>deferred: brought later</source>
        <translation>кейінге қалдырылды: кейінірек әкелінеді</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>Owed later under the emergency deferral (listed on the contract): %1</source>
        <translation>Төтенше жағдайға байланысты кейінге қалдырылып, кейінірек әкелінетін құжаттар (шартта көрсетіледі): %1</translation>
    </message>
    <message>
        <source>The documents are in order: the contract can be signed.</source>
        <translation>Құжаттар толық және дұрыс: шарт жасасуға болады.</translation>
    </message>
    <message>
        <source>In the way of a contract (refusal ground %1):</source>
        <translation>Шарт жасасуға кедергі (бас тарту негізі %1):</translation>
    </message>
    <message>
        <source>Restrictions or an emergency: items 4–6 are &amp;brought later</source>
        <translation>Шектеулер немесе төтенше жағдай: 4–6-тармақтар &amp;кейінірек әкелінеді</translation>
    </message>
    <message>
        <source>Certificate of health &amp;issued on:</source>
        <translation>Денсаулық туралы анықтама бер&amp;ілген күн:</translation>
    </message>
    <message>
        <source>&amp;Contract date:</source>
        <translation>Ша&amp;рт күні:</translation>
    </message>
    <message>
        <source>from the birth certificate</source>
        <translation>баланың тууын куәландыратын құжат бойынша</translation>
    </message>
    <message>
        <source>Compared with the direction&apos;s child (ground 9.2 when they differ); empty: not compared</source>
        <translation>Жолдамадағы баламен салыстырылады (сәйкес келмесе — 9.2-негіз); бос болса, салыстырылмайды</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>The documents are in order.</source>
        <translation>Құжаттар толық және дұрыс.</translation>
    </message>
    <message>
        <source>Appendix 4, item 8: during restrictions, a state of emergency or an emergency in the territory, items 4, 5 and 6 may be brought after the restrictions end; the contract lists them as owed.</source>
        <translation>Қағидаларға 4-қосымшаның 8-тармағы: аумақта шектеу іс-шаралары, төтенше жағдай енгізілген немесе төтенше жағдайлар туындаған кезде 4), 5) және 6) тармақшалардағы құжаттарды шектеулер алынғаннан кейін әкелуге болады; олар шартта кейінірек ұсынылатын құжаттар ретінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Child&apos;s IIN as pre&amp;sented:</source>
        <translation>Ұсынылған құжаттағы баланың ЖС&amp;Н:</translation>
    </message>
    <message>
        <source>Documents — %1</source>
        <translation>Құжаттар — %1</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>IIN on the direction: %1</source>
        <translation>жолдамадағы ЖСН: %1</translation>
    </message>
    <message>
        <source>kindergarten on the direction: %1</source>
        <translation>жолдамадағы балабақша: %1</translation>
    </message>
    <message>
        <source>issued %1, after the contract date %2</source>
        <translation>%1 берілген, шарт жасалған күннен (%2) кейін</translation>
    </message>
    <message numerus="yes">
        <source>issued %1, %n day(s) before %2, at most %3 allowed</source>
        <translation>
            <numerusform>%1 берілген, %2 күнінен %n күн бұрын, ең көбі %3 күнге рұқсат етіледі</numerusform>
            <numerusform>%1 берілген, %2 күнінен %n күн бұрын, ең көбі %3 күнге рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction to admission</source>
        <translation>Мектепке дейінгі ұйымға қабылдауға жолдама</translation>
    </message>
    <message>
        <source>ID document of a parent or legal representative</source>
        <translation>Ата-ананың немесе заңды өкілдің жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Child&apos;s birth certificate</source>
        <translation>Баланың тууын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Child health passport (form 026/u-3)</source>
        <translation>Баланың денсаулық паспорты (026/у-3 нысаны)</translation>
    </message>
    <message>
        <source>Certificate of the child&apos;s health</source>
        <translation>Баланың денсаулығы туралы анықтама</translation>
    </message>
    <message>
        <source>Conclusion of the psychological-medical-pedagogical consultation</source>
        <translation>Психологиялық-медициналық-педагогикалық консультацияның қорытындысы</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>электрондық</translation>
    </message>
    <message>
        <source>from the state information system</source>
        <translation>мемлекеттік ақпараттық жүйеден</translation>
    </message>
    <message>
        <source>scanned copy</source>
        <translation>сканерленген көшірме</translation>
    </message>
    <message>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>көрсетіледі</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>қағаз түрінде</translation>
    </message>
    <message>
        <source>Kindergarten office</source>
        <translation>Балабақша кеңсесі</translation>
    </message>
    <message>
        <source>E-government portal</source>
        <translation>«Электрондық үкімет» веб-порталы</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the option %1 needs a value; see %2 --help</source>
        <translation>%1 параметрінің мәні берілмеген; қараңыз: %2 --help</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang; use kk, ru or en</source>
        <translation>--lang: «%1» тілі белгісіз; kk, ru немесе en жазыңыз</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; see %2 --help</source>
        <translation>«%1» — белгісіз параметр; қараңыз: %2 --help</translation>
    </message>
    <message>
        <source>no command given; see %1 --help</source>
        <translation>пәрмен берілмеген; қараңыз: %1 --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see %2 --help</source>
        <translation>«%1» — белгісіз пәрмен; қараңыз: %2 --help</translation>
    </message>
    <message>
        <source>%1: a subcommand is missing; see %2 %1 --help</source>
        <translation>%1: ішкі пәрмен берілмеген; қараңыз: %2 %1 --help</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;; see %3 %1 --help</source>
        <translation>%1: «%2» — белгісіз ішкі пәрмен; қараңыз: %3 %1 --help</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments; usage: %2 %1 %3</source>
        <translation>%1: аргументтер саны қате; қолданылуы: %2 %1 %3</translation>
    </message>
    <message>
        <source>Usage: %1 [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Қолданылуы: %1 [ПАРАМЕТРЛЕР] ПӘРМЕН [АРГУМЕНТТЕР]</translation>
    </message>
    <message>
        <source>Qabyldau console tool: checks IINs and counts working days with the Kazakhstan calendar.</source>
        <translation>Qabyldau пәрмен жолы құралы: ЖСН тексереді және Қазақстан күнтізбесі бойынша жұмыс күндерін санайды.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Пәрмендер:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметрлер:</translation>
    </message>
    <message>
        <source>language of the messages (default: the system language if Kazakh or Russian, else English)</source>
        <translation>хабарламалар тілі (әдепкісі: жүйе тілі қазақ не орыс тілі болса, сол тіл, әйтпесе ағылшын тілі)</translation>
    </message>
    <message>
        <source>the local store, for commands that use one</source>
        <translation>жергілікті қойма (оны пайдаланатын пәрмендер үшін)</translation>
    </message>
    <message>
        <source>this help; after a command, the command&apos;s help</source>
        <translation>осы анықтама; пәрменнен кейін жазылса, сол пәрменнің анықтамасы</translation>
    </message>
    <message>
        <source>the program&apos;s version</source>
        <translation>бағдарлама нұсқасы</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Шығу кодтары:</translation>
    </message>
    <message>
        <source>done; the answer is yes</source>
        <translation>орындалды; жауап — иә</translation>
    </message>
    <message>
        <source>the answer is no: the IIN is not valid, the day is not a working day</source>
        <translation>жауап — жоқ: ЖСН жарамсыз, күн жұмыс күні емес</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, wrong arguments, a value that is not a date or a number</source>
        <translation>қолдану қатесі: белгісіз пәрмен не параметр, қате аргументтер, күн де, сан да емес мән</translation>
    </message>
    <message>
        <source>no answer: no working-day calendar for that year, or a calendar file cannot be read</source>
        <translation>жауап жоқ: ол жылға жұмыс күндерінің күнтізбесі жоқ немесе күнтізбе файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>Dates are written and printed as YYYY-MM-DD. &quot;%1 COMMAND --help&quot; describes a command.</source>
        <translation>Күндер ЖЖЖЖ-АА-КК түрінде жазылады және шығарылады. Пәрменнің сипаттамасы: «%1 ПӘРМЕН --help».</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Қолданылуы: %1 %2 ІШКІ_ПӘРМЕН [АРГУМЕНТТЕР]</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Қолданылуы: %1 %2</translation>
    </message>
    <message>
        <source>not encoded</source>
        <translation>кодталмаған</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>birth date: %1</source>
        <translation>туған күні: %1</translation>
    </message>
    <message>
        <source>sex: %1</source>
        <translation>жынысы: %1</translation>
    </message>
    <message>
        <source>check an IIN and show the birth date and sex it encodes</source>
        <translation>ЖСН-ді тексеру және онда кодталған туған күн мен жынысты көрсету</translation>
    </message>
    <message>
        <source>Checks that IIN has 12 digits (spaces and dashes between them are ignored) and a
correct check digit. If it is valid, prints three lines:
  valid
  birth date: YYYY-MM-DD
  sex: male|female
with &quot;not encoded&quot; where the digits do not form a date (IINs issued since
2013 need not encode the person). Exit code 0 when valid; 1 and the reason
on standard error when not.</source>
        <translation>IIN (ЖСН) 12 цифрдан тұратынын (араларындағы бос аралықтар мен сызықшалар ескерілмейді)
және бақылау цифры дұрыс екенін тексереді. ЖСН жарамды болса, үш жол шығарады:
  жарамды
  туған күні: ЖЖЖЖ-АА-КК
  жынысы: ер|әйел
Цифрлар күнді білдірмесе, «кодталмаған» деп жазылады (2013 жылдан бастап берілген
ЖСН адам туралы мәліметті білдірмеуі мүмкін). ЖСН жарамды болса, шығу коды 0;
жарамсыз болса, шығу коды 1, ал себебі стандартты қате ағынына шығарылады.</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>working day: %1</source>
        <translation>жұмыс күні: %1</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>жұмыс күні емес: %1</translation>
    </message>
    <message>
        <source>print the date N working days after DATE</source>
        <translation>DATE күнінен кейінгі N-ші жұмыс күнін шығару</translation>
    </message>
    <message>
        <source>Prints, as YYYY-MM-DD, the N-th working day after DATE: counting starts the
day after DATE, and N = 0 prints DATE itself. Weekends, public holidays,
holidays moved off a weekend and days off by government decree are skipped;
weekends worked by decree count. N is a whole number, 0 or more.
Exit code 3 when a day of the count falls in a year with no calendar.</source>
        <translation>DATE күнінен кейінгі N-ші жұмыс күнін ЖЖЖЖ-АА-КК түрінде шығарады. Санау DATE күнінің
ертеңінен басталады; N = 0 болса, DATE күнінің өзі шығарылады. Демалыс және мереке күндері,
демалысқа сәйкес келген мерекенің орнына берілетін күндер және Үкімет қаулысымен берілген
демалыс күндері есепке алынбайды; қаулы бойынша жұмыс істелетін демалыс күндері есептеледі.
N — 0 немесе одан үлкен бүтін сан. Санаудағы бір күн күнтізбесі жоқ жылға түссе, шығу коды 3.</translation>
    </message>
    <message>
        <source>tell whether DATE is a working day</source>
        <translation>DATE жұмыс күні екенін не емесін анықтау</translation>
    </message>
    <message>
        <source>Prints &quot;working day&quot; and exits with 0 when DATE is a working day (a weekend
worked by government decree adds why), or &quot;day off: &quot; and the reason (the
holiday&apos;s name, &quot;weekend&quot;, a moved holiday or a decree) and exits with 1.
Exit code 3 when DATE&apos;s year has no calendar.</source>
        <translation>DATE жұмыс күні болса, «жұмыс күні» деп шығарады, шығу коды 0 (Үкімет қаулысы бойынша
жұмыс істелетін демалыс күні болса, себебі де жазылады); әйтпесе «жұмыс күні емес: » және
себебін (мереке атауы, «демалыс күні», ауыстырылған мереке немесе қаулы) шығарады, шығу коды 1.
DATE жылының күнтізбесі болмаса, шығу коды 3.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>%1-жазба: %2</translation>
    </message>
    <message>
        <source>imported %1, already present %2, invalid %3</source>
        <translation>импортталды: %1, бұрыннан бар: %2, жарамсыз: %3</translation>
    </message>
    <message>
        <source>queue list: --birth-year YYYY is required</source>
        <translation>queue list: --birth-year YYYY параметрі міндетті</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: мұндай файл жоқ</translation>
    </message>
    <message>
        <source>import Appendix 1 applications from a JSON file into the store</source>
        <translation>1-қосымша бойынша өтініштерді JSON файлынан қоймаға импорттау</translation>
    </message>
    <message>
        <source>Reads FILE, a JSON array of applications (format: docs/cli.md), checks each
record as the application form does (and one active application per child)
and imports the valid ones into the store of --store. Each invalid record is
reported on standard error as &quot;record N: reason&quot;, N counting from 0.
Records whose id is in the store already are skipped, so importing a file
twice imports it once. Prints &quot;imported N, already present M, invalid K&quot;.
Exit code 0 when every record was valid, 1 when some were not, 3 when FILE
cannot be read or is not a JSON array, 4 when the store cannot be written.</source>
        <translation>FILE файлын (өтініштердің JSON массиві, форматы: docs/cli.md) оқиды, әр жазбаны
өтініш нысанындағыдай тексереді (әр балада бір ғана қолданыстағы өтініш болады) және
жарамдыларын --store қоймасына импорттайды. Әр жарамсыз жазба стандартты қате
ағынына «N-жазба: себебі» түрінде шығарылады, N 0-ден бастап саналады.
Идентификаторы қоймада бұрыннан бар жазбалар өткізіп жіберіледі, сондықтан бір
файлды екі рет импорттасаңыз да, ол бір рет қана импортталады. Соңында
«импортталды: N, бұрыннан бар: M, жарамсыз: K» деп шығарады. Барлық жазба жарамды
болса, шығу коды 0; кейбірі жарамсыз болса, 1; FILE оқылмаса немесе JSON массиві
болмаса, 3; қоймаға жазу мүмкін болмаса, 4.</translation>
    </message>
    <message>
        <source>print the queue of one birth year in order</source>
        <translation>бір туған жылдың кезегін ретімен шығару</translation>
    </message>
    <message>
        <source>failed: an output file cannot be written</source>
        <translation>орындалмады: шығыс файлын жазу мүмкін емес</translation>
    </message>
    <message>
        <source>%1: cannot lay out documents in this process</source>
        <translation>%1: бұл процесте құжаттарды беттеу мүмкін емес</translation>
    </message>
    <message>
        <source>%1: choose the document&apos;s language with --lang kk or --lang ru</source>
        <translation>%1: құжат тілін --lang kk немесе --lang ru арқылы таңдаңыз</translation>
    </message>
    <message>
        <source>%1: the option --out FILE is required</source>
        <translation>%1: --out FILE параметрі міндетті</translation>
    </message>
    <message>
        <source>%1: there is no store at %2</source>
        <translation>%1: %2 жолында қойма жоқ</translation>
    </message>
    <message>
        <source>%1: no application with the id &quot;%2&quot;</source>
        <translation>%1: «%2» идентификаторы бар өтініш жоқ</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 файлына жазу мүмкін емес: %3</translation>
    </message>
    <message>
        <source>write the filled application form (Appendix 1) as a PDF for signing</source>
        <translation>толтырылған өтініш нысанын (1-қосымша) қол қоюға арналған PDF файлына жазу</translation>
    </message>
    <message>
        <source>Writes the application with the id ID from the store (--store) as the filled
Appendix 1 form, ready for the applicant&apos;s signature, to the PDF file FILE:
the form&apos;s text in Kazakh (--lang kk) or Russian (--lang ru), the chosen
category marked, the application&apos;s number and date, and its verification code.
An existing FILE is replaced. Exit code 0 when written; 2 without a document
language or --out; 3 when the store or the application does not exist; 4 when
FILE cannot be written (then FILE is left as it was).</source>
        <translation>Қоймадағы (--store) ID идентификаторы бар өтінішті өтініш берушінің қолы үшін
дайын, толтырылған 1-қосымша нысаны ретінде FILE PDF файлына жазады: нысан мәтіні
қазақ (--lang kk) немесе орыс (--lang ru) тілінде, таңдалған санат белгіленеді,
өтініштің нөмірі мен күні және оның тексеру коды көрсетіледі. FILE бұрыннан бар
болса, ол ауыстырылады. Жазылса, шығу коды 0; құжат тілі немесе --out берілмесе, 2;
қойма немесе өтініш жоқ болса, 3; FILE файлына жазу мүмкін болмаса, 4 (бұл жағдайда
FILE өзгеріссіз қалады).</translation>
    </message>
    <message>
        <source>imported %1, already present %2, refused %3</source>
        <translation>импортталды: %1, бұрыннан бар: %2, қабылданбады: %3</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 дейін жарамды</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>мерзімі %1 күні өтті</translation>
    </message>
    <message>
        <source>waiting for the place to be freed</source>
        <translation>орынның босауын күтуде</translation>
    </message>
    <message>
        <source>used</source>
        <translation>пайдаланылды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>күшінде емес</translation>
    </message>
    <message>
        <source>import directions to this kindergarten from a JSON file into the store</source>
        <translation>осы балабақшаға берілген жолдамаларды JSON файлынан қоймаға импорттау</translation>
    </message>
    <message>
        <source>Reads FILE, a JSON array of directions (format: docs/cli.md), checks each
record (number, kindergarten, child&apos;s IIN, issue time, group, codes) and
imports the valid ones into the store of --store. Each refused record is
reported on standard error as &quot;record N: reason&quot;, N counting from 0.
A direction already stored with the same data is skipped, so importing a
file twice imports it once; the same number with other data is refused.
Prints &quot;imported N, already present M, refused K&quot;.
Exit code 0 when every record was valid, 1 when some were refused, 3 when
FILE cannot be read or is not a JSON array, 4 when the store cannot be written.</source>
        <translation>FILE файлын (жолдамалардың JSON массиві, форматы: docs/cli.md) оқиды, әр жазбаны
тексереді (нөмірі, балабақша, баланың ЖСН, берілген уақыты, топ, кодтар) және
жарамдыларын --store қоймасына импорттайды. Қабылданбаған әр жазба стандартты қате
ағынына «N-жазба: себебі» түрінде шығарылады, N 0-ден бастап саналады.
Қоймада дәл сондай деректермен бұрыннан сақталған жолдама өткізіп жіберіледі,
сондықтан бір файлды екі рет импорттасаңыз да, ол бір рет қана импортталады; нөмірі
сол, бірақ деректері басқа жолдама қабылданбайды. Соңында «импортталды: N,
бұрыннан бар: M, қабылданбады: K» деп шығарады. Барлық жазба жарамды болса, шығу
коды 0; кейбірі қабылданбаса, 1; FILE оқылмаса немесе JSON массиві болмаса, 3;
қоймаға жазу мүмкін болмаса, 4.</translation>
    </message>
    <message>
        <source>tell whether a direction is in force on DATE</source>
        <translation>жолдаманың DATE күні күшінде екенін не емесін анықтау</translation>
    </message>
    <message>
        <source>Looks up the direction NUMBER in the store of --store and counts its validity
(RULES 5: 5 working days from the day after issue, for an early-booking place
from the day it was freed; an extension replaces the end) for DATE (default:
today). Prints &quot;valid until YYYY-MM-DD&quot; and exits with 0, or, exit code 1:
&quot;expired on YYYY-MM-DD&quot; (the first day it is no longer in force),
&quot;waiting for the place to be freed&quot;, or how it was closed: &quot;used&quot;,
&quot;refused&quot;, &quot;expired&quot;, &quot;cancelled&quot;. Exit code 3 when there is no store
or no such direction, or a day of the count has no calendar.</source>
        <translation>--store қоймасынан NUMBER жолдамасын тауып, оның DATE күнгі (әдепкісі: бүгін)
жарамдылығын есептейді (RULES 5: берілген күннің ертеңінен бастап 5 жұмыс күні,
ерте брондалған орын үшін — орын босаған күннен бастап; ұзартылса, соңғы күн
жаңасымен ауыстырылады). «ЖЖЖЖ-АА-КК дейін жарамды» деп шығарады, шығу коды 0;
әйтпесе шығу коды 1 және: «мерзімі ЖЖЖЖ-АА-КК күні өтті» (жолдама күшінде болмайтын
алғашқы күн), «орынның босауын күтуде» немесе жолдаманың қалай жабылғаны:
«пайдаланылды», «бас тартылды», «мерзімі өтті», «күші жойылды». Қойма немесе мұндай
жолдама болмаса не санаудағы бір күннің күнтізбесі болмаса, шығу коды 3.</translation>
    </message>
    <message>
        <source>%1: choose the document&apos;s language with --lang kk, --lang ru or --lang kk+ru</source>
        <translation>%1: құжат тілін --lang kk, --lang ru немесе --lang kk+ru арқылы таңдаңыз</translation>
    </message>
    <message>
        <source>%1: unknown ground &quot;%2&quot;; use 34.1, 34.2, 34.3, 9.1 or 9.2</source>
        <translation>%1: «%2» — белгісіз негіз; 34.1, 34.2, 34.3, 9.1 немесе 9.2 жазыңыз</translation>
    </message>
    <message>
        <source>%1: the refusal recorded for the direction &quot;%2&quot; cites %3; leave out --ground or give the same grounds</source>
        <translation>%1: «%2» жолдамасы бойынша тіркелген бас тартудың негіздері: %3; --ground параметрін жазбаңыз немесе дәл сол негіздерді көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: no refusal is recorded for the direction &quot;%2&quot;; give its grounds with --ground</source>
        <translation>%1: «%2» жолдамасы бойынша бас тарту тіркелмеген; оның негіздерін --ground арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: no direction with the number &quot;%2&quot;</source>
        <translation>%1: «%2» нөмірлі жолдама жоқ</translation>
    </message>
    <message>
        <source>write the contract for a direction as a PDF (a marked draft until one is recorded)</source>
        <translation>жолдама бойынша шартты PDF файлына жазу (шарт тіркелгенге дейін «жоба» деп белгіленеді)</translation>
    </message>
    <message>
        <source>Writes the contract recorded for the direction DIRECTION in the store (--store)
to the PDF file FILE: in Kazakh (--lang kk), Russian (--lang ru) or both side by
side (--lang kk+ru), with the kindergarten&apos;s details from the settings, the
parties, the child, the group, the fee, the documents owed under an emergency
deferral, the contract&apos;s number, date and verification code. When no contract
is recorded for the direction yet, writes a draft marked as such, without a
number, dated today. An existing FILE is replaced. Exit code 0 when written; 2
without a document language or --out; 3 when the store or the direction does
not exist; 4 when FILE cannot be written (then FILE is left as it was).</source>
        <translation>Қоймада (--store) DIRECTION жолдамасы бойынша тіркелген шартты FILE PDF файлына
жазады: қазақ (--lang kk) немесе орыс (--lang ru) тілінде не екі тілде қатар
(--lang kk+ru); баптаулардағы балабақша деректемелері, тараптар, бала, топ,
төлемақы, төтенше жағдайға байланысты кейінге қалдырылып, кейінірек ұсынылатын
құжаттар, шарттың нөмірі, күні және тексеру коды көрсетіледі. Жолдама бойынша
шарт әлі тіркелмесе, нөмірсіз, бүгінгі күнмен «жоба» деп белгіленген нұсқа
жазылады. FILE бұрыннан бар болса, ол ауыстырылады. Жазылса, шығу коды 0; құжат
тілі немесе --out берілмесе, 2; қойма немесе жолдама жоқ болса, 3; FILE файлына
жазу мүмкін болмаса, 4 (бұл жағдайда FILE өзгеріссіз қалады).</translation>
    </message>
    <message>
        <source>write the reasoned refusal for a direction as a PDF (a marked draft until one is recorded)</source>
        <translation>жолдама бойынша дәлелді бас тартуды PDF файлына жазу (бас тарту тіркелгенге дейін «жоба» деп белгіленеді)</translation>
    </message>
    <message>
        <source>Writes the reasoned refusal recorded for the direction DIRECTION in the store
(--store) to the PDF file FILE, in Kazakh (--lang kk) or Russian (--lang ru):
each ground cited by its clause, the missing or faulty documents, the reasons,
until when the documents may still be brought, and how to complain. When no
refusal is recorded, writes a draft marked as such, dated today, on the grounds
given with --ground (34.1, 34.2, 34.3, 9.1, 9.2; repeat the option for several),
listing the documents the service&apos;s checklist lacks. For a recorded refusal
--ground may be left out. An existing FILE is replaced. Exit code 0 when
written; 2 without a document language or --out, for an unknown ground, or
without --ground when nothing is recorded; 3 when the store or the direction
does not exist; 4 when FILE cannot be written (then FILE is left as it was).</source>
        <translation>Қоймада (--store) DIRECTION жолдамасы бойынша тіркелген дәлелді бас тартуды
қазақ (--lang kk) немесе орыс (--lang ru) тілінде FILE PDF файлына жазады: әр
негіз өз тармағына сілтемемен көрсетіледі, сондай-ақ жоқ немесе ақауы бар
құжаттар, себептері, құжаттарды қай күнге дейін әлі де әкелуге болатыны және
шағымдану тәртібі жазылады. Бас тарту тіркелмесе, --ground арқылы берілген
негіздер (34.1, 34.2, 34.3, 9.1, 9.2; бірнеше негіз үшін параметрді қайталаңыз)
бойынша бүгінгі күнмен «жоба» деп белгіленген нұсқа жазылады, онда құжаттарды
тексеру парағында жетіспейтін құжаттар көрсетіледі. Тіркелген бас тарту үшін
--ground параметрін жазбауға болады. FILE бұрыннан бар болса, ол ауыстырылады.
Жазылса, шығу коды 0; құжат тілі немесе --out берілмесе, белгісіз негіз
берілсе немесе ештеңе тіркелмеген кезде --ground берілмесе, 2; қойма немесе
жолдама жоқ болса, 3; FILE файлына жазу мүмкін болмаса, 4 (бұл жағдайда FILE
өзгеріссіз қалады).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>command %1 (%2) rejected: %3</source>
        <translation>%1 командасы (%2) қабылданбады: %3</translation>
    </message>
    <message>
        <source>existing application %1</source>
        <translation>бұрыннан бар өтініш %1</translation>
    </message>
    <message>
        <source>queue number %1</source>
        <translation>кезек нөмірі %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sync: give the server as --server http(s)://HOST:PORT (or save it in the desk&apos;s Settings)</source>
        <translation>sync: серверді --server http(s)://HOST:PORT түрінде көрсетіңіз (немесе оны қабылдау орнының «Баптаулар» бөлімінде сақтаңыз)</translation>
    </message>
    <message>
        <source>sync: give the desk token with --token or --token-file (or save it in the desk&apos;s Settings)</source>
        <translation>sync: қабылдау орнының токенін --token немесе --token-file арқылы көрсетіңіз (немесе оны «Баптаулар» бөлімінде сақтаңыз)</translation>
    </message>
    <message>
        <source>sent %1 commands: %2 applied, %3 rejected</source>
        <translation>жіберілген командалар: %1, оның ішінде қолданылғаны: %2, қабылданбағаны: %3</translation>
    </message>
    <message>
        <source>received %1 changes in %2 pages</source>
        <translation>алынған өзгерістер: %1, беттер саны: %2</translation>
    </message>
    <message>
        <source>the server&apos;s store was restored: everything was downloaded again</source>
        <translation>сервердің қоймасы қалпына келтірілді: бәрі қайта жүктелді</translation>
    </message>
    <message>
        <source>partitions downloaded again: %1</source>
        <translation>қайта жүктелген бөліктер: %1</translation>
    </message>
    <message>
        <source>sync failed: %1: %2 (%3)</source>
        <translation>синхрондау сәтсіз аяқталды: %1: %2 (%3)</translation>
    </message>
    <message>
        <source>sync incomplete: %1 commands still waiting</source>
        <translation>синхрондау аяқталмады: %1 команда әлі күтуде</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>сервер: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>cursor: %1</source>
        <translation>курсор: %1</translation>
    </message>
    <message>
        <source>nothing downloaded yet</source>
        <translation>әзірге ештеңе жүктелмеген</translation>
    </message>
    <message>
        <source>rows from the server: %1</source>
        <translation>серверден алынған жолдар: %1</translation>
    </message>
    <message>
        <source>commands: %1 written, %2 waiting, %3 applied, %4 rejected</source>
        <translation>командалар: жазылғаны %1, күтудегісі %2, қолданылғаны %3, қабылданбағаны %4</translation>
    </message>
    <message>
        <source>last successful sync: %1</source>
        <translation>соңғы сәтті синхрондау: %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>соңғы қате: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>partitions to download again: %1</source>
        <translation>қайта жүктелетін бөліктер: %1</translation>
    </message>
    <message>
        <source>show where the store stands with the queue server</source>
        <translation>қойманың кезек серверімен синхрондалу күйін көрсету</translation>
    </message>
    <message>
        <source>Prints the server last synced with, the cursor (EPOCH:SEQ), the rows received,
the commands written, waiting, applied and rejected (each rejected one with
its reason), the last successful sync and the last error. Reads only; exit
code 3 when there is no store.</source>
        <translation>Соңғы рет синхрондалған серверді, курсорды (EPOCH:SEQ), алынған жолдарды,
жазылған, күтудегі, қолданылған және қабылданбаған командаларды (әр
қабылданбағанын себебімен), соңғы сәтті синхрондауды және соңғы қатені
шығарады. Тек оқиды; қойма болмаса, шығу коды 3.</translation>
    </message>
    <message>
        <source>send the waiting commands to the queue server and receive its changes</source>
        <translation>күтудегі командаларды кезек серверіне жіберу және оның өзгерістерін алу</translation>
    </message>
    <message>
        <source>One full sync of the store of --store with the queue server (docs/api.md):
every waiting command is sent in order, then every change the desk may see
is received, page by page, each page with its cursor in one transaction.
Without --server or --token the ones saved in the desk&apos;s Settings are used.
Prints what was sent, what was rejected and why, and what was received.
Exit code 0 when everything was sent and received, 1 when the server
rejected a command (see sync status), 2 for a usage error, 4 when the sync
could not finish (no route, TLS, token, versions, store): the reason is
printed on one line.</source>
        <translation>--store қоймасын кезек серверімен бір рет толық синхрондау (docs/api.md):
күтудегі әр команда ретімен жіберіледі, содан кейін қабылдау орны көре алатын
әр өзгеріс бет-бетімен алынады, әр бет өз курсорымен бір транзакцияда.
--server немесе --token берілмесе, «Баптаулар» бөлімінде сақталғандары алынады.
Не жіберілгенін, не қабылданбағанын және неге, не алынғанын шығарады.
Бәрі жіберіліп, алынса шығу коды 0, сервер команданы қабылдамаса 1
(sync status қараңыз), қолдану қатесінде 2, синхрондау аяқталмаса
(байланыс жоқ, TLS, токен, нұсқалар, қойма) 4: себебі бір жолда шығады.</translation>
    </message>
    <message>
        <source>places list: unknown status &quot;%1&quot;; use open, directed, filled or withdrawn</source>
        <translation>places list: «%1» деген мәртебе жоқ; open, directed, filled немесе withdrawn қолданыңыз</translation>
    </message>
    <message>
        <source>%1: choose the bulletin with --kind freed or --kind withdrawn</source>
        <translation>%1: бюллетеньді --kind freed немесе --kind withdrawn арқылы таңдаңыз</translation>
    </message>
    <message>
        <source>write the day&apos;s bulletin of freed or withdrawn places as a PDF</source>
        <translation>күннің босаған немесе кері қайтарылып алынған орындар бюллетенін PDF ретінде жазу</translation>
    </message>
    <message>
        <source>list this kindergarten&apos;s free places in the store</source>
        <translation>қоймадағы осы балабақшаның бос орындарын тізіп шығару</translation>
    </message>
    <message>
        <source>Prints the places of the store (--store), newest first, one a line, the fields
separated by tabs: id, status, born from, born to, language, admission mode,
admission start, direction (- when none), confirmed or unconfirmed (a change
made at the desk the queue server has not sent back yet), group. --status
shows only the places with that status. Exit code 0; 2 for an unknown status;
3 when there is no store.</source>
        <translation>Қоймадағы (--store) орындарды, ең жаңасынан бастап, әрқайсысын бір жолға, өрістерін
табуляциямен бөліп шығарады: id, мәртебесі, туған күні (бастап), туған күні (дейін),
тілі, қабылдау режимі, қабылдаудың басталуы, жолдама (жоқ болса -), confirmed немесе
unconfirmed (осы жұмыс орнында жасалған, кезек сервері әлі қайтармаған өзгеріс),
топ. --status тек сол мәртебедегі орындарды көрсетеді. Шығу коды 0; белгісіз
мәртебе үшін 2; қойма жоқ болса 3.</translation>
    </message>
    <message>
        <source>check the journal&apos;s chain and that no row was changed behind its back</source>
        <translation>журнал тізбегінің тұтастығын және ешбір жол журналды айналып өтіп өзгертілмегенін тексеру</translation>
    </message>
    <message>
        <source>Checks the store (--store): that the journal&apos;s hash chain is whole, and that
every application, direction, service session, contract, refusal and place
still matches the seal the program gave it when it last wrote it. Prints
&quot;intact (N entries, M rows checked)&quot; and exits 0; otherwise prints one line
per finding on standard error (the first broken journal entry, then each
changed row with the fields that changed, at most 20, then &quot;and K more&quot;) and
exits 1. Exit code 3 when there is no store or it cannot be read.</source>
        <translation>Қойманы (--store) тексереді: журналдың хэш тізбегі тұтас па, және әрбір өтініш,
жолдама, қызмет көрсету сеансы, шарт, бас тарту мен орын бағдарлама оны соңғы рет
жазғанда берген мөрге әлі сәйкес пе. Бәрі дұрыс болса, &quot;бұзылмаған (журнал
жазбалары: N, тексерілген жолдар: M)&quot; деп шығарып, 0 кодымен аяқталады; әйтпесе
әр табылғанды қателер ағынына бір жолдан шығарады (журналдың алғашқы бұзылған
жазбасы, содан кейін өзгертілген әр жол және оның өзгерген өрістері, ең көбі 20,
сосын &quot;және тағы K&quot;) және 1 кодымен аяқталады. Қойма жоқ болса немесе оны оқу
мүмкін болмаса, шығу коды 3.</translation>
    </message>
    <message>
        <source>backup: there is no store at %1</source>
        <translation>backup: %1 жолында қойма жоқ</translation>
    </message>
    <message>
        <source>backed up %1 to %2: schema version %3, journal entries: %4, checked</source>
        <translation>%1 қоймасының сақтық көшірмесі %2 файлына жазылды: схема нұсқасы %3, журнал жазбалары: %4, тексерілді</translation>
    </message>
    <message>
        <source>restored %1 into %2 (schema version %3, journal entries: %4); there was no store before</source>
        <translation>%1 көшірмесінен %2 қоймасы қалпына келтірілді (схема нұсқасы %3, журнал жазбалары: %4); бұған дейін қойма болмаған</translation>
    </message>
    <message>
        <source>restored %1 into %2 (schema version %3, journal entries: %4); the former store is kept as %5</source>
        <translation>%1 көшірмесінен %2 қоймасы қалпына келтірілді (схема нұсқасы %3, журнал жазбалары: %4); бұрынғы қойма %5 ретінде сақталды</translation>
    </message>
    <message>
        <source>copy the store into FILE and check the copy</source>
        <translation>қойманы FILE файлына көшіру және көшірмені тексеру</translation>
    </message>
    <message>
        <source>Copies the store (--store) into FILE with SQLite&apos;s online backup (the desk may
go on working meanwhile), then checks the copy: SQLite&apos;s integrity check, the
schema version, the content digest and the journal&apos;s hash chain. An earlier
backup at FILE is replaced only by a copy that passed; any other file is never
replaced. The copy is readable by its owner only.
Exit code 0 when written and checked; 3 when there is no store; 4 when FILE
cannot be written or the copy fails its check.</source>
        <translation>Қойманы (--store) SQLite-тың онлайн сақтық көшірмесі арқылы FILE файлына көшіреді (осы
кезде бағдарламада жұмысты жалғастыра беруге болады), содан кейін көшірмені тексереді:
SQLite тұтастығын тексеру, схема нұсқасы, мазмұнның хэші және журналдың хэш тізбегі.
FILE орнындағы бұрынғы сақтық көшірме тек тексеруден өткен көшірмемен ауыстырылады;
басқа файл ешқашан ауыстырылмайды. Көшірмені тек оның иесі оқи алады.
Жазылып, тексерілсе, шығу коды 0; қойма болмаса, 3; FILE жазылмаса немесе көшірме
тексеруден өтпесе, 4.</translation>
    </message>
    <message>
        <source>replace the store by the backup in FILE, checked first</source>
        <translation>қойманы FILE ішіндегі сақтық көшірмемен ауыстыру (алдымен тексеріледі)</translation>
    </message>
    <message>
        <source>Checks the backup in FILE as backup does and, only when it passes, replaces the
store (--store) by it. The current store is kept beside it as
STORE.before-restore-YYYYMMDD-HHMMSS (restore that file to take the restore
back). Refused while the desk or another command has the store open: close
it first.
Exit code 0 when restored; 3 when FILE is missing, damaged, not a Qabyldau
store or from a newer version (the store is not touched); 4 when the store is
open elsewhere or cannot be replaced (the store is not touched).</source>
        <translation>FILE ішіндегі сақтық көшірмені backup пәрменіндей тексереді және тек тексеруден өтсе ғана
қойманы (--store) онымен ауыстырады. Ағымдағы қойма оның жанында
STORE.before-restore-YYYYMMDD-HHMMSS атауымен сақталады (қалпына келтіруді болдырмау үшін
сол файлды қалпына келтіріңіз). Қойманы бағдарлама немесе басқа пәрмен ашып тұрса,
орындалмайды: алдымен оны жабыңыз.
Қалпына келтірілсе, шығу коды 0; FILE жоқ, бүлінген, Qabyldau қоймасы емес немесе жаңа
нұсқадан болса, 3 (қойма өзгермейді); қойма басқа жерде ашық болса немесе оны ауыстыру
мүмкін болмаса, 4 (қойма өзгермейді).</translation>
    </message>
    <message>
        <source>%1: the service for the direction &quot;%2&quot; has not been started at the desk; the contract follows the documents&apos; check</source>
        <translation>%1: «%2» жолдамасы бойынша қабылдау орнында қызмет көрсету әлі басталмаған; шарт құжаттар тексерілгеннен кейін жасалады</translation>
    </message>
    <message>
        <source>%1: the contract was not recorded: %2</source>
        <translation>%1: шарт тіркелмеді: %2</translation>
    </message>
    <message>
        <source>contract %1 recorded for the direction %2, verification code %3</source>
        <translation>%2 жолдамасы бойынша %1 шарты тіркелді, тексеру коды %3</translation>
    </message>
    <message>
        <source>record the contract for a direction whose documents were checked at the desk</source>
        <translation>құжаттары қабылдау орнында тексерілген жолдама бойынша шартты тіркеу</translation>
    </message>
    <message>
        <source>note: another process is writing to the store (an import?); the queue numbers and order above may still change: list the queue again when it has finished</source>
        <translation>ескерту: қоймаға қазір басқа процесс жазып жатыр (мүмкін, импорт); жоғарыдағы кезек нөмірлері мен реті әлі өзгеруі мүмкін: ол аяқталған соң кезекті қайта шығарыңыз</translation>
    </message>
    <message>
        <source>larger than 64 MB</source>
        <translation>64 МБ-тан үлкен</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON емес (%2-байтта: %1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON объектісі емес</translation>
    </message>
    <message>
        <source>no &quot;kind&quot; (freed or withdrawn) or no &quot;date&quot; (YYYY-MM-DD)</source>
        <translation>&quot;kind&quot; (freed немесе withdrawn) немесе &quot;date&quot; (ЖЖЖЖ-АА-КК) жоқ</translation>
    </message>
    <message>
        <source>no &quot;places&quot; list</source>
        <translation>&quot;places&quot; тізімі жоқ</translation>
    </message>
    <message>
        <source>place %1: %2</source>
        <translation>%1-орын: %2</translation>
    </message>
    <message>
        <source>place %1: no time of publication or withdrawal</source>
        <translation>%1-орын: жарияланған немесе кері қайтарылған уақыты жоқ</translation>
    </message>
    <message>
        <source>%1: --from takes the kind and the day from the file: leave out --kind and --date</source>
        <translation>%1: --from бюллетень түрі мен күнін файлдан алады: --kind пен --date көрсетпеңіз</translation>
    </message>
    <message>
        <source>%1: %2 is not a bulletin the queue server wrote (qabyldau-server bulletin --json): %3</source>
        <translation>%1: %2 — кезек сервері жазған бюллетень емес (qabyldau-server bulletin --json): %3</translation>
    </message>
    <message>
        <source>Writes the bulletin of freed places (--kind freed: the places published on
DATE) or of withdrawn places (--kind withdrawn) of this kindergarten, in time
order, from the store (--store) to the PDF file FILE, in Kazakh (--lang kk) or
Russian (--lang ru). DATE defaults to today. A place the queue server has not
confirmed yet is marked, with the desk&apos;s time. An existing FILE is replaced.
With --from FILE.json instead of --kind and --date: the region&apos;s bulletin as
the queue server lists it (qabyldau-server bulletin --json), each place with
its kindergarten; no store is needed.
Exit code 0 when written; 2 without a document language, --kind or --out, or
for a DATE that is not YYYY-MM-DD; 3 when there is no store, or the --from
file cannot be read or is not the server&apos;s bulletin; 4 when FILE cannot be
written.</source>
        <translation>Осы балабақшаның босаған орындар бюллетенін (--kind freed: DATE күні жарияланған
орындар) немесе кері қайтарылып алынған орындар бюллетенін (--kind withdrawn) уақыт
ретімен қоймадан (--store) FILE PDF файлына қазақша (--lang kk) немесе орысша
(--lang ru) жазады. DATE әдепкісі — бүгін. Кезек сервері әлі растамаған орын
белгіленеді, уақыты осы жұмыс орнынікі. Бар FILE ауыстырылады.
--kind пен --date орнына --from FILE.json берілсе: кезек сервері шығарған өңірдің
бюллетені (qabyldau-server bulletin --json), әр орын өз балабақшасымен; қойма
қажет емес.
Шығу коды: жазылса 0; құжат тілі, --kind немесе --out берілмесе, не DATE
ЖЖЖЖ-АА-КК түрінде болмаса 2; қойма жоқ болса, не --from файлы оқылмаса немесе
сервердің бюллетені болмаса 3; FILE жазылмаса 4.</translation>
    </message>
    <message>
        <source>Prints the applications waiting in the queue (status queued) for children
born in YYYY, in queue order (filing time, extraordinary right first,
primary right interleaved with the general queue), the first N only with
--limit. One line each, tab-separated: queue number, application id,
child&apos;s IIN, category (1-10), filing time (ISO 8601, UTC),
application number (empty when it has none).</source>
        <translation>YYYY жылы туған балалардың кезекте тұрған өтініштерін (queued мәртебесі) кезек
ретімен шығарады (өтініш берілген уақыт бойынша; алдымен кезектен тыс құқық, ал
бірінші кезектегі құқық жалпы кезекпен кезектесіп орналасады); --limit берілсе,
алғашқы N өтініш қана шығарылады. Әр өтініш бір жолға, табуляциямен бөлініп
шығарылады: кезектілік нөмірі, өтініш идентификаторы, баланың ЖСН, санат (1-10),
өтініш берілген уақыт (ISO 8601, UTC), өтініш нөмірі (нөмірі жоқ өтініште бос).</translation>
    </message>
    <message>
        <source>its places are not the ones the server listed (the verification code does not match)</source>
        <translation>ондағы орындар сервер тізімдеген орындар емес (тексеру коды сәйкес келмейді)</translation>
    </message>
    <message>
        <source>%1: give the ID document either in parts (--id-kind, --id-number, --id-issued, --id-authority) or as --id-document, not both</source>
        <translation>%1: жеке басын куәландыратын құжатты не бөліктерімен (--id-kind, --id-number, --id-issued, --id-authority), не --id-document арқылы көрсетіңіз, екеуімен бірге емес</translation>
    </message>
    <message>
        <source>%1: --id-kind must be one of identity_card, passport, residence_permit, stateless_certificate, other, not &quot;%2&quot;</source>
        <translation>%1: --id-kind мәні identity_card, passport, residence_permit, stateless_certificate, other мәндерінің бірі болуы керек, «%2» емес</translation>
    </message>
    <message>
        <source>%1: --id-authority must be one of internal_affairs, justice, other, not &quot;%2&quot;</source>
        <translation>%1: --id-authority мәні internal_affairs, justice, other мәндерінің бірі болуы керек, «%2» емес</translation>
    </message>
    <message>
        <source>Records in the store (--store) the contract for the direction DIRECTION, on the
service session the desk started for it, as the desk&apos;s contract dialog does and
under the same rules: the kindergarten&apos;s details filled in Settings, the
session&apos;s documents stage recorded and its checklist complete on the contract&apos;s
date, the direction still in force, and what the parent states: the ID document
in parts as the desk asks for it (--id-kind identity_card, passport,
residence_permit, stateless_certificate or other with --id-kind-text TEXT;
--id-number; --id-issued DATE, not after the contract&apos;s date; --id-authority
internal_affairs, justice or other with --id-authority-text TEXT), each
language&apos;s contract then printing it in its own words, or as one free text
printed as typed (--id-document TEXT, not with the parts); the address
(--address) and the day the child starts (--starts, not before the contract&apos;s
date). The parent who signs is the
direction&apos;s applicant. --date is the contract&apos;s date (default today); --clerk
the clerk named on it and in the journal (default the session&apos;s clerk). The
contract gets its number and verification code, the direction is used, the
application archived and the command queued for the server, in one
transaction. Print it with print contract.
Exit code 0 when recorded; 1 when a rule refuses it (the first problem, naming
its field, on one line; nothing is written); 2 for a date that is not
YYYY-MM-DD, an unknown kind or authority, or both ways of giving the ID
document; 3 when the store, the direction, its service session or the
year&apos;s calendar is missing; 4 when the store cannot be written.</source>
        <translation>Қоймада (--store) DIRECTION жолдамасы бойынша шартты қабылдау орнында ол үшін
басталған қызмет көрсету сеансында тіркейді — шарт терезесі сияқты және сол
ережелер бойынша: балабақша деректемелері баптауларда толтырылған, құжаттарды
тапсыру кезеңі белгіленген және құжаттар тізбесі шарт күніне толық, жолдама әлі
күшінде, ал ата-ана жеке басын куәландыратын құжатты шарт терезесі сұрайтындай
бөліктерімен (--id-kind identity_card, passport, residence_permit,
stateless_certificate немесе other және --id-kind-text МӘТІН; --id-number;
--id-issued КҮН, шарт күнінен кеш емес; --id-authority internal_affairs, justice
немесе other және --id-authority-text МӘТІН) — сонда әр тілдегі шарт оны өз
сөзімен басады — не енгізілгендей басылатын бір еркін мәтінмен (--id-document
МӘТІН, бөліктерімен бірге емес), мекенжайды (--address) және бала топқа баратын
күнді (--starts, шарт күнінен ерте емес) көрсеткен. Шартқа жолдамада аталған
өтініш беруші қол қояды. --date — шарт күні (әдепкіде бүгін); --clerk — шартта
және журналда аталатын қызметкер (әдепкіде сеанстың қызметкері). Бір транзакцияда
шарт нөмірі мен тексеру кодын алады, жолдама пайдаланылған болады, өтініш
мұрағатқа өтеді, ал команда серверге жіберу кезегіне қойылады. Шартты басып
шығару: print contract.
Шарт тіркелсе, шығу коды 0; ереже рұқсат бермесе 1 (бірінші мәселе өрісімен бір
жолда; ештеңе жазылмайды); күні YYYY-MM-DD пішімінде болмаса, құжат түрі не оны
берген орган белгісіз болса немесе құжат екі тәсілмен де көрсетілсе 2; қойма,
жолдама, оның қызмет көрсету сеансы немесе жылдың күнтізбесі болмаса 3; қоймаға
жазу мүмкін болмаса 4.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Шағым %1</translation>
    </message>
    <message>
        <source>Complaint No. %1</source>
        <translation>Шағым № %1</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Түскен &amp;күні</translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation>Кімге &amp;жолданды</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Шағым беруші</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Мәні</translation>
    </message>
    <message>
        <source>&amp;Direction No.</source>
        <translation>Жол&amp;дама №</translation>
    </message>
    <message>
        <source>A&amp;pplication</source>
        <translation>&amp;Өтініш</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Мә&amp;ртебесі</translation>
    </message>
    <message>
        <source>Answered o&amp;n</source>
        <translation>Жауап &amp;берілген күні</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>Жа&amp;уабы</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>Күні, айы және жылы: КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Name and how to reach them</source>
        <translation>Аты-жөні және байланыс деректері</translation>
    </message>
    <message>
        <source>When the complaint is about a direction</source>
        <translation>Шағым жолдамаға қатысты болса</translation>
    </message>
    <message>
        <source>When the complaint is about an application</source>
        <translation>Шағым өтінішке қатысты болса</translation>
    </message>
    <message>
        <source>What was decided, in short</source>
        <translation>Қабылданған шешім, қысқаша</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The answer deadline follows from the date received.</source>
        <translation>Жауап беру мерзімі шағымның түскен күніне қарай есептеледі.</translation>
    </message>
    <message>
        <source>The deadline cannot be worked out: %1</source>
        <translation>Мерзімді есептеу мүмкін емес: %1</translation>
    </message>
    <message numerus="yes">
        <source>Answer due by %1 (%n working day(s) after receipt)</source>
        <translation>
            <numerusform>Жауап беру мерзімі: %1 (түскен күннен кейін %n жұмыс күні)</numerusform>
            <numerusform>Жауап беру мерзімі: %1 (түскен күннен кейін %n жұмыс күні)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered after the deadline.</source>
        <translation>Жауап мерзімнен кеш берілді.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Мерзімі өтті.</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Тіркелмеді: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Head of the kindergarten</source>
        <translation>Балабақша басшысы</translation>
    </message>
    <message>
        <source>Authorised body for the quality of state services</source>
        <translation>Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Тізілімді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>жолдама %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>өтініш %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>мерзімі %n күнге өтті</numerusform>
            <numerusform>мерзімі %n күнге өтті</numerusform>
        </translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>жауап кеш берілді</translation>
    </message>
    <message>
        <source>No open complaints received in this period.</source>
        <translation>Бұл кезеңде түскен қаралмаған шағымдар жоқ.</translation>
    </message>
    <message>
        <source>No complaints received in this period.</source>
        <translation>Бұл кезеңде шағымдар түскен жоқ.</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Шағымдар: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>Мерзімі өткені: %n</numerusform>
            <numerusform>Мерзімі өткені: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>Мерзімі өткен шағым жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n answered after the deadline</source>
        <translation>
            <numerusform>мерзімнен кеш жауап берілгені: %n</numerusform>
            <numerusform>мерзімнен кеш жауап берілгені: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауабы</translation>
    </message>
    <message>
        <source>Export the complaints register</source>
        <translation>Шағымдар тізілімін экспорттау</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Complaints about a decision, action or inaction: the head answers within %1 working days of registration, the authorised body within %2. Overdue complaints are marked red.</source>
        <translation>Шешімге, әрекетке немесе әрекетсіздікке шағымдар: басшы тіркелген күннен бастап %1 жұмыс күні ішінде, уәкілетті орган %2 жұмыс күні ішінде жауап береді. Мерзімі өткен шағымдар қызыл түспен белгіленеді.</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Тек аш&amp;ықтары</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кімге жолданды</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Direction or application</source>
        <translation>Жолдама немесе өтініш</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жауап беру мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Жауап берілген күні</translation>
    </message>
    <message>
        <source>&amp;Register a complaint...</source>
        <translation>Шағымды тірке&amp;у...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Өңдеу...</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжат т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Print the register...</source>
        <translation>Тізілімді басып &amp;шығару...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>P&amp;DF ретінде сақтау...</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV-ге экспорттау...</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Authorised body</source>
        <translation>Уәкілетті орган</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Enter an address that starts with http:// or https://, e.g. https://queue.example.kz</source>
        <translation>http:// немесе https:// деп басталатын мекенжайды енгізіңіз, мысалы https://queue.example.kz</translation>
    </message>
    <message>
        <source>Connection to the queue server</source>
        <translation>Кезек серверіне қосылу</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Desk to&amp;ken:</source>
        <translation>Қабылдау орнының токен&amp;і:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>&amp;Save connection</source>
        <translation>Қосылымды &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>Қосылымды тексе&amp;ру</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Қосылды.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>The kindergarten&apos;s details are not filled in yet: an administrator enters them in Settings before the first contract.</source>
        <translation>Балабақшаның деректемелері әлі толтырылмаған: бірінші шартқа дейін оларды әкімші «Баптаулар» бөлімінде енгізеді.</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details in Settings are incomplete: %1</source>
        <translation>«Баптаулар» бөліміндегі балабақша деректемелері толық емес: %1</translation>
    </message>
    <message>
        <source>The contract was not recorded: %1</source>
        <translation>Шарт тіркелмеді: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Contract No. %1</source>
        <translation>Шарт № %1</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Жаңа шарт</translation>
    </message>
    <message>
        <source>Contract for %1 — direction %2</source>
        <translation>%1 үшін шарт — жолдама %2</translation>
    </message>
    <message>
        <source>Parent who signs:</source>
        <translation>Қол қоятын ата-ана:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Contract date:</source>
        <translation>Шарт күні:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>Жеке басын куәландыратын &amp;құжат:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>Теле&amp;фондары:</translation>
    </message>
    <message>
        <source>Attends &amp;from:</source>
        <translation>Балабақшаға &amp;келе бастайтын күні:</translation>
    </message>
    <message>
        <source>Owed later:</source>
        <translation>Кейінірек ұсынылатын құжаттар:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ЖСН %2</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian, side by side</source>
        <translation>Қазақ және орыс тілдерінде, қатар</translation>
    </message>
    <message>
        <source>Pre&amp;view draft…</source>
        <translation>Жобаны &amp;алдын ала қарау…</translation>
    </message>
    <message>
        <source>&amp;Record contract</source>
        <translation>&amp;Шартты тіркеу</translation>
    </message>
    <message>
        <source>&amp;Print (2 copies)…</source>
        <translation>&amp;Басып шығару (2 дана)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Contract No. %1 of %2 is recorded. Print two copies for signature.</source>
        <translation>%2 күнгі № %1 шарт тіркелді. Қол қою үшін екі дана басып шығарыңыз.</translation>
    </message>
    <message>
        <source>9 digits, e.g. 012345678</source>
        <translation>9 цифр, мысалы 012345678</translation>
    </message>
    <message>
        <source>N and 8 digits, e.g. N12345678</source>
        <translation>N әрпі және 8 цифр, мысалы N12345678</translation>
    </message>
    <message>
        <source>as in the document</source>
        <translation>құжаттағыдай</translation>
    </message>
    <message>
        <source>Document N&amp;o.:</source>
        <translation>Құжат &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Iss&amp;ued on:</source>
        <translation>Бер&amp;ілген күні:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Бер&amp;ген орган:</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>Жеке басын куәландыратын құжат:</translation>
    </message>
    <message>
        <source>Identity card of a citizen of Kazakhstan</source>
        <translation>ҚР азаматының жеке куәлігі</translation>
    </message>
    <message>
        <source>Passport of a citizen of Kazakhstan</source>
        <translation>ҚР азаматының паспорты</translation>
    </message>
    <message>
        <source>Residence permit of a foreigner</source>
        <translation>Шетелдіктің тұруға ықтиярхаты</translation>
    </message>
    <message>
        <source>Stateless person&apos;s certificate</source>
        <translation>Азаматтығы жоқ адамның куәлігі</translation>
    </message>
    <message>
        <source>name of the document, printed as you type it</source>
        <translation>құжаттың атауы: жазғаныңыздай басылады</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Ministry of Internal Affairs of Kazakhstan</source>
        <translation>ҚР Ішкі істер министрлігі</translation>
    </message>
    <message>
        <source>Ministry of Justice of Kazakhstan</source>
        <translation>ҚР Әділет министрлігі</translation>
    </message>
    <message>
        <source>authority, printed as you type it</source>
        <translation>органның атауы: жазғаныңыздай басылады</translation>
    </message>
    <message>
        <source>Other document (type its name)</source>
        <translation>Басқа құжат (атауын жазыңыз)</translation>
    </message>
    <message>
        <source>Other authority (type its name)</source>
        <translation>Басқа орган (атауын жазыңыз)</translation>
    </message>
</context>
<context>
    <name>CorrectApplicationDialog</name>
    <message>
        <source>Correct the application</source>
        <translation>Өтінішті түзету</translation>
    </message>
    <message>
        <source>%1, filed %2. The filing date stays as it is when the category changes.</source>
        <translation>%1, берілген уақыты %2. Санат өзгергенде де өтініштің берілген күні сол күйінде қалады.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>Өтініш берушінің мекенжайы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Ұялы телефон</translation>
    </message>
    <message>
        <source>Second mobile phone</source>
        <translation>Екінші ұялы телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching</source>
        <translation>Тәрбиелеу және оқыту тілі</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Category document</source>
        <translation>Санатты растайтын құжат</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the schema version &quot;%1&quot; is not a number</source>
        <translation>схема нұсқасы «%1» сан емес</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>файл атауы жоқ</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>Qt үшін SQLite драйвері орнатылмаған</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>бұл файл емес</translation>
    </message>
    <message>
        <source>%1: version %2, this program knows up to %3</source>
        <translation>%1: %2-нұсқа, бұл бағдарлама %3-нұсқаға дейін ғана таниды</translation>
    </message>
    <message>
        <source>the file cannot be switched to write-ahead logging</source>
        <translation>файлды WAL (write-ahead logging) режиміне ауыстыру мүмкін емес</translation>
    </message>
    <message>
        <source>version %1 (%2): %3</source>
        <translation>%1-нұсқа (%2): %3</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>not a Qabyldau store</source>
        <translation>бұл Qabyldau қоймасы емес</translation>
    </message>
    <message>
        <source>the row seal function cannot be registered</source>
        <translation>жол мөрінің функциясын тіркеу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>Qabyldau: the reception desk of a kindergarten.</source>
        <translation>Qabyldau — мектепке дейінгі ұйым кеңсесінің бағдарламасы.</translation>
    </message>
    <message>
        <source>Open the local store at &lt;path&gt;.</source>
        <translation>Жергілікті қойманы &lt;жол&gt; бойынша ашу.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>Use the interface language &lt;code&gt; for this run: kk, ru or en.</source>
        <translation>Осы жолы интерфейсті &lt;код&gt; тілінде ашу: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Unknown interface language &quot;%1&quot;: use kk, ru or en.</source>
        <translation>Интерфейстің «%1» тілі белгісіз: kk, ru немесе en жазыңыз.</translation>
    </message>
    <message>
        <source>The local store cannot be opened, so the desk cannot start.</source>
        <translation>Жергілікті қойма ашылмады, сондықтан бағдарлама іске қосылмайды.</translation>
    </message>
    <message>
        <source>Save &lt;url&gt; as the queue server to sync with (with --token-file).</source>
        <translation>Синхрондауға арналған кезек серверінің мекенжайы ретінде &lt;мекенжай&gt; сақтау (--token-file параметрімен бірге).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>Save the desk token read from &lt;file&gt; (with --server).</source>
        <translation>&lt;файл&gt; файлынан оқылған қабылдау орнының токенін сақтау (--server параметрімен бірге).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The users of the desk cannot be read, so nobody can sign in.</source>
        <translation>Пайдаланушылар тізімі оқылмады, сондықтан ешкім кіре алмайды.</translation>
    </message>
    <message>
        <source>Checking the backup and restoring the local store…</source>
        <translation>Сақтық көшірме тексеріліп, жергілікті қойма қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The local store cannot be opened, so the desk cannot go on.</source>
        <translation>Жергілікті қойманы ашу мүмкін емес, сондықтан бағдарлама жұмысын жалғастыра алмайды.</translation>
    </message>
    <message>
        <source>Restore the Local Store</source>
        <translation>Жергілікті қойманы қалпына келтіру</translation>
    </message>
    <message>
        <source>The backup was not restored; the local store is as it was.</source>
        <translation>Сақтық көшірме қалпына келтірілмеді; жергілікті қойма бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>%1 көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Restored from %1; the former store is kept as %2.</source>
        <translation>%1 көшірмесінен қалпына келтірілді; бұрынғы қойма %2 ретінде сақталды.</translation>
    </message>
    <message>
        <source>it is already open in another Qabyldau window (process %1 on %2). Only one desk works on a store at a time: switch to that window, or close it and start again.</source>
        <translation>ол Qabyldau бағдарламасының басқа терезесінде ашық тұр (%2 компьютеріндегі %1 процесі). Бір қоймамен бір уақытта тек бір бағдарлама жұмыс істей алады: сол терезеге ауысыңыз немесе оны жауып, бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be written.</source>
        <translation>оның бұғаттау файлына (%1) жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DeskAreas</name>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Тізілімдер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>The region&apos;s queue of applications: each child&apos;s queue number, category and status, as the queue server keeps them.</source>
        <translation>Өңірдің өтініштер кезегі: әр баланың кезектілік нөмірі, санаты және мәртебесі — кезек серверінде қалай жүргізілсе, солай.</translation>
    </message>
    <message>
        <source>Register Appendix 1 applications and print them for the applicant&apos;s signature.</source>
        <translation>1-қосымша бойынша өтініштерді тіркеу және оларды өтініш берушінің қолы үшін басып шығару.</translation>
    </message>
    <message>
        <source>Check the documents of a child who holds a direction, then sign the contract or issue a reasoned refusal.</source>
        <translation>Жолдамасы бар баланың құжаттарын тексеру, содан кейін шарт жасасу немесе дәлелді бас тарту беру.</translation>
    </message>
    <message>
        <source>The directions issued to this kindergarten, the deadline of each and how it ended.</source>
        <translation>Осы балабақшаға берілген жолдамалар, әрқайсысының мерзімі және қалай аяқталғаны.</translation>
    </message>
    <message>
        <source>Publish free places and withdraw them; print the daily bulletins of freed and withdrawn places.</source>
        <translation>Бос орындарды жариялау және кері қайтарып алу; босаған және кері қайтарылып алынған орындардың күнделікті бюллетеньдерін басып шығару.</translation>
    </message>
    <message>
        <source>Register complaints, follow their deadlines and record the answers.</source>
        <translation>Шағымдарды тіркеу, қарау мерзімдерін қадағалау және берілген жауаптарды жазу.</translation>
    </message>
    <message>
        <source>Print the registers of contracts, refusals and service times for a period, or export them to CSV.</source>
        <translation>Кезең бойынша шарттар, бас тартулар және қызмет көрсету уақыты тізілімдерін басып шығару немесе CSV-ге экспорттау.</translation>
    </message>
    <message>
        <source>The interface language, this kindergarten&apos;s details, the region&apos;s kindergartens and the local store of this desk.</source>
        <translation>Интерфейс тілі, осы балабақшаның деректемелері, өңірдің балабақшалары және осы бағдарламаның жергілікті қоймасы.</translation>
    </message>
    <message>
        <source>Application list</source>
        <translation>Өтініштер тізімі</translation>
    </message>
    <message>
        <source>The applications registered at this kindergarten: find one, open it, correct it, withdraw it at the parent&apos;s request or print it again.</source>
        <translation>Осы балабақшада тіркелген өтініштер: табу, ашу, түзету, ата-ананың өтініші бойынша кері қайтарып алу немесе қайта басып шығару.</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Таңдау</translation>
    </message>
</context>
<context>
    <name>DeskExplanation</name>
    <message>
        <source>No place has yet gone to a child behind this one in the queue while this child was passed over (the queue server keeps the first %1 children passed over for each place).</source>
        <translation>Бұл бала өткізіліп жіберіліп, кезекте одан кейін тұрған балаға орын берілген жағдай әзірге жоқ (кезек жүйесі әр орын бойынша өткізіліп жіберілген алғашқы %1 баланы сақтайды).</translation>
    </message>
    <message>
        <source>%1: a place in %2, group “%3” (born %4–%5), went to number %6 in the queue, direction %7. This child was passed over: %8.</source>
        <translation>%1: %2, «%3» тобындағы орын (туған күндері %4–%5) кезектегі %6 нөмірге берілді, жолдама %7. Бұл бала өткізіліп жіберілді: %8.</translation>
    </message>
</context>
<context>
    <name>DeskNotification</name>
    <message>
        <source>Application registered</source>
        <translation>Өтініш тіркелді</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Жолдама берілді</translation>
    </message>
    <message>
        <source>Direction expired</source>
        <translation>Жолдаманың мерзімі өтті</translation>
    </message>
    <message>
        <source>Direction cancelled</source>
        <translation>Жолдаманың күші жойылды</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>Кезекке қайтарылды</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Шарт жасалды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Жеткізілді: %1</translation>
    </message>
    <message>
        <source>Not delivered: no attempts left</source>
        <translation>Жеткізілмеді: әрекеттер таусылды</translation>
    </message>
    <message>
        <source>Not delivered: no attempts left; the last one failed: %1</source>
        <translation>Жеткізілмеді: әрекеттер таусылды; соңғы әрекеттің қатесі: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent (from %1)</source>
        <translation>%1 бастап жіберілуін күтуде</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Жіберілуін күтуде</translation>
    </message>
    <message>
        <source>Waiting: attempt %1 failed (%2); next attempt %3</source>
        <translation>Күтуде: %1-әрекет сәтсіз болды (%2); келесі әрекет: %3</translation>
    </message>
</context>
<context>
    <name>DirectionStore</name>
    <message>
        <source>byte %1: %2</source>
        <translation>%1-байт: %2</translation>
    </message>
</context>
<context>
    <name>DirectionTableModel</name>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Waiting for the place</source>
        <translation>Орынды күтуде</translation>
    </message>
    <message>
        <source>Not used in time</source>
        <translation>Мерзімінде пайдаланылмады</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left, today included</source>
        <translation>
            <numerusform>Бүгінді қоса алғанда, %n жұмыс күні қалды</numerusform>
            <numerusform>Бүгінді қоса алғанда, %n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>Баланың ЖСН</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Жарамдылығы</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
</context>
<context>
    <name>DirectionValidity</name>
    <message>
        <source>waiting for the place to be freed</source>
        <translation>орынның босауын күтуде</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 дейін жарамды</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>мерзімі %1 күні өтті</translation>
    </message>
</context>
<context>
    <name>Directions</name>
    <message>
        <source>extended until %1</source>
        <translation>%1 дейін ұзартылған</translation>
    </message>
    <message>
        <source>must be after %1</source>
        <translation>%1 күнінен кейін болуы керек</translation>
    </message>
    <message>
        <source>at most until %1</source>
        <translation>ең көбі %1 дейін</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>used</source>
        <translation>пайдаланылды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>general admission</source>
        <translation>жалпыға бірдей белгіленген қабылдау тәртібі</translation>
    </message>
    <message>
        <source>early booking</source>
        <translation>ерте брондау</translation>
    </message>
    <message>
        <source>temporary stay</source>
        <translation>уақытша болу</translation>
    </message>
    <message>
        <source>general developing group</source>
        <translation>жалпы дамытушы топ</translation>
    </message>
    <message>
        <source>special group</source>
        <translation>арнайы топ</translation>
    </message>
    <message>
        <source>full day</source>
        <translation>толық күн</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>жарты күн</translation>
    </message>
    <message>
        <source>round the clock</source>
        <translation>тәулік бойы</translation>
    </message>
</context>
<context>
    <name>DirectionsPage</name>
    <message>
        <source>The directions could not be read: %1</source>
        <translation>Жолдамаларды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>No directions yet.
They come from the queue system; until sync is set up, an administrator imports them with “Import directions…”.</source>
        <translation>Әзірге жолдамалар жоқ.
Олар кезектілікті басқару жүйесінен келеді; синхрондау бапталғанға дейін оларды әкімші «Жолдамаларды импорттау…» арқылы жүктейді.</translation>
    </message>
    <message>
        <source>No direction matches “%1”.</source>
        <translation>«%1» сұрауына сәйкес жолдама жоқ.</translation>
    </message>
    <message>
        <source>No direction is in force now.
Choose “All” to see the used, refused and expired ones.</source>
        <translation>Қазір күшінде тұрған жолдама жоқ.
Пайдаланылған, бас тартылған және мерзімі өткен жолдамаларды көру үшін «Барлығы» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Directions: %1, issued and not closed: %2</source>
        <translation>Жолдамалар: %1, берілген және жабылмаған: %2</translation>
    </message>
    <message>
        <source>Import directions</source>
        <translation>Жолдамаларды импорттау</translation>
    </message>
    <message>
        <source>Directions (*.json);;All files (*)</source>
        <translation>Жолдамалар (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Place freed</source>
        <translation>Орын босады</translation>
    </message>
    <message>
        <source>Direction %1 is for an early-booking place. On which day was the place actually freed? The 5 working days of the direction count from the next working day.</source>
        <translation>%1 жолдамасы ерте брондалған орынға берілген. Орын нақты қай күні босады? Жолдаманың 5 жұмыс күні келесі жұмыс күнінен бастап саналады.</translation>
    </message>
    <message>
        <source>&amp;Freed on:</source>
        <translation>Босаған &amp;күні:</translation>
    </message>
    <message>
        <source>Extend direction</source>
        <translation>Жолдаманы ұзарту</translation>
    </message>
    <message>
        <source>At the applicant&apos;s request, direction %1 can be extended once. It is valid until %2; the new end can be from %3 to %4.</source>
        <translation>Өтініш берушінің өтініші бойынша %1 жолдамасын бір рет ұзартуға болады. Ол %2 дейін жарамды; жаңа мерзімі %3 бастап %4 дейін болуы мүмкін.</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Қай күнге дейін жарамды:</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>In force and waiting</source>
        <translation>Күшіндегілер және күтудегілер</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Direction number or child&apos;s IIN (Ctrl+F)</source>
        <translation>Жолдама нөмірі немесе баланың ЖСН (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <source>&amp;Import directions…</source>
        <translation>Жолдамаларды &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Place freed…</source>
        <translation>Орын &amp;босады…</translation>
    </message>
    <message>
        <source>Early booking: the day the place was actually freed starts the direction&apos;s 5 working days</source>
        <translation>Ерте брондау: жолдаманың 5 жұмыс күні орын нақты босаған күннен бастап саналады</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Ұзарту…</translation>
    </message>
    <message numerus="yes">
        <source>Extend the direction once, at the applicant&apos;s request, by up to %n calendar day(s)</source>
        <translation>
            <numerusform>Жолдаманы өтініш берушінің өтініші бойынша бір рет, %n күнтізбелік күнге дейін ұзарту</numerusform>
            <numerusform>Жолдаманы өтініш берушінің өтініші бойынша бір рет, %n күнтізбелік күнге дейін ұзарту</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, unchanged: %2, refused: %3.</source>
        <translation>Импортталды: %1, өзгеріссіз: %2, қабылданбады: %3.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message>
        <source>No direction with the number or child&apos;s IIN “%1”.</source>
        <translation>«%1» нөмірі немесе баланың ЖСН бойынша жолдама жоқ.</translation>
    </message>
    <message>
        <source>Direction %1: the place was freed on %2.</source>
        <translation>%1 жолдамасы: орын %2 босады.</translation>
    </message>
    <message>
        <source>Direction %1 is extended until %2.</source>
        <translation>%1 жолдамасы %2 дейін ұзартылды.</translation>
    </message>
    <message>
        <source>Direction %1 was not changed: %2</source>
        <translation>%1 жолдамасы өзгертілмеді: %2</translation>
    </message>
    <message>
        <source>Confirm the extraordinary right</source>
        <translation>Кезектен тыс құқықты растау</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds direction %2 under an extraordinary right (%3). Confirm the right once its supporting document has been checked: without the confirmation the queue system cancels the direction after %n working day(s) and the right is removed.</source>
        <translation>
            <numerusform>%2 жолдамасы (бала: %1) кезектен тыс құқық бойынша (%3) берілген. Растайтын құжаты тексерілгеннен кейін құқықты растаңыз: растау болмаса, кезек жүйесі %n жұмыс күнінен кейін жолдаманың күшін жояды және құқықты алып тастайды.</numerusform>
            <numerusform>%2 жолдамасы (бала: %1) кезектен тыс құқық бойынша (%3) берілген. Растайтын құжаты тексерілгеннен кейін құқықты растаңыз: растау болмаса, кезек жүйесі %n жұмыс күнінен кейін жолдаманың күшін жояды және құқықты алып тастайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Con&amp;firmed on:</source>
        <translation>&amp;Расталған күні:</translation>
    </message>
    <message>
        <source>&amp;Right confirmed…</source>
        <translation>Құқық &amp;расталды…</translation>
    </message>
    <message>
        <source>Categories 1 and 2: the extraordinary right was confirmed with its document</source>
        <translation>1 және 2-санаттар: кезектен тыс құқық құжатпен расталды</translation>
    </message>
    <message>
        <source>Direction %1: the extraordinary right was confirmed on %2.</source>
        <translation>%1 жолдамасы: кезектен тыс құқық %2 расталды.</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>born outside the group&apos;s age period</source>
        <translation>туған күні топтың жас кезеңіне кірмейді</translation>
    </message>
    <message>
        <source>on the stop list</source>
        <translation>тоқтату парағында</translation>
    </message>
    <message>
        <source>already holds a direction</source>
        <translation>жолдамасы бұрыннан бар</translation>
    </message>
    <message>
        <source>wants another language</source>
        <translation>басқа тілді таңдаған</translation>
    </message>
    <message>
        <source>a special group, and the child is not in category 4</source>
        <translation>арнайы топ, ал бала 4-санатқа жатпайды</translation>
    </message>
    <message>
        <source>this kindergarten is not among the preferred ones</source>
        <translation>бұл балабақша таңдалғандардың арасында жоқ</translation>
    </message>
    <message>
        <source>not enough places for the whole batch in this kindergarten</source>
        <translation>бұл балабақшада бірге тіркелген балалардың бәріне орын жетпейді</translation>
    </message>
    <message>
        <source>the place went to a batch of twins or siblings placed together</source>
        <translation>орын бірге орналастырылатын егіздерге немесе бауырларға берілді</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation>PDF файлын жазу мүмкін болмады:
%1</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>This area is not available in this version yet.</source>
        <translation>Бұл бөлім осы нұсқада әлі жоқ.</translation>
    </message>
</context>
<context>
    <name>FileColumnsDelegate</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>Applicant&apos;s surname</source>
        <translation>Өтініш берушінің тегі</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Өтініш берушінің аты</translation>
    </message>
    <message>
        <source>Applicant&apos;s patronymic</source>
        <translation>Өтініш берушінің әкесінің аты</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN</source>
        <translation>Өтініш берушінің ЖСН</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>Өтініш берушінің мекенжайы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Child&apos;s surname</source>
        <translation>Баланың тегі</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Баланың аты</translation>
    </message>
    <message>
        <source>Child&apos;s patronymic</source>
        <translation>Баланың әкесінің аты</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>Баланың ЖСН</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Баланың туған күні</translation>
    </message>
    <message>
        <source>Child&apos;s sex</source>
        <translation>Баланың жынысы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Type of the supporting document</source>
        <translation>Растайтын құжаттың түрі</translation>
    </message>
    <message>
        <source>Number of the supporting document</source>
        <translation>Растайтын құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Issuer of the supporting document</source>
        <translation>Растайтын құжатты берген орган</translation>
    </message>
    <message>
        <source>Issue date of the supporting document</source>
        <translation>Растайтын құжаттың берілген күні</translation>
    </message>
    <message>
        <source>Preferred kindergartens</source>
        <translation>Таңдалған балабақшалар</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching</source>
        <translation>Тәрбиелеу және оқыту тілі</translation>
    </message>
    <message>
        <source>Mobile numbers</source>
        <translation>Мобильді телефон нөмірлері</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Consent to the use of personal data</source>
        <translation>Дербес деректерді пайдалануға келісім</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Filing time</source>
        <translation>Өтініш берілген уақыт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Жергілікті қойма</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>толтырылуы керек</translation>
    </message>
    <message>
        <source>an IIN has exactly 12 digits</source>
        <translation>ЖСН дәл 12 цифрдан тұруы керек</translation>
    </message>
    <message>
        <source>the check digit is wrong; check the number for a typing error</source>
        <translation>бақылау цифры қате; нөмірдің дұрыс терілгенін тексеріңіз</translation>
    </message>
    <message>
        <source>the IIN encodes another date of birth (IINs issued since 2013 need not encode it)</source>
        <translation>ЖСН-де басқа туған күн кодталған (2013 жылдан бастап берілген ЖСН-де ол кодталмауы мүмкін)</translation>
    </message>
    <message>
        <source>the IIN encodes the other sex (IINs issued since 2013 need not encode it)</source>
        <translation>ЖСН-де басқа жыныс кодталған (2013 жылдан бастап берілген ЖСН-де ол кодталмауы мүмкін)</translation>
    </message>
    <message>
        <source>at most two mobile numbers</source>
        <translation>екі нөмірден көп емес</translation>
    </message>
    <message>
        <source>not a Kazakhstan mobile number (+7 7XX XXX XX XX)</source>
        <translation>қазақстандық мобильді нөмір емес (+7 7XX XXX XX XX)</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>жарамды электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>give at least one mobile number or an e-mail address</source>
        <translation>кемінде бір мобильді нөмірді немесе электрондық пошта мекенжайын көрсетіңіз</translation>
    </message>
    <message>
        <source>the application cannot be registered without the applicant&apos;s consent</source>
        <translation>өтініш берушінің келісімінсіз өтінішті тіркеуге болмайды</translation>
    </message>
    <message>
        <source>this category needs a supporting document</source>
        <translation>бұл санат үшін растайтын құжат қажет</translation>
    </message>
    <message>
        <source>the document is older than the rules allow</source>
        <translation>құжат Қағидаларда рұқсат етілген мерзімнен бұрын берілген</translation>
    </message>
    <message>
        <source>the queue takes children under 6 years of age</source>
        <translation>кезекке 6 жасқа толмаған балалар қойылады</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>туған күн — болашақтағы күн</translation>
    </message>
    <message>
        <source>at most four kindergartens</source>
        <translation>төрт балабақшадан көп емес</translation>
    </message>
    <message>
        <source>the same kindergarten is listed twice</source>
        <translation>бір балабақша екі рет көрсетілген</translation>
    </message>
    <message>
        <source>this child already has an active application</source>
        <translation>бұл баланың қолданыстағы өтініші бұрыннан бар</translation>
    </message>
    <message>
        <source>the date of signature is in the future</source>
        <translation>қол қойылған күн — болашақтағы күн</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>жарамды күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>жарамды сан емес</translation>
    </message>
    <message>
        <source>no working-day calendar for this year</source>
        <translation>бұл жылға жұмыс күндерінің күнтізбесі жоқ</translation>
    </message>
    <message>
        <source>the calendar file cannot be read</source>
        <translation>күнтізбе файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the value is out of range</source>
        <translation>мән рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>ашу мүмкін емес</translation>
    </message>
    <message>
        <source>was written by a newer version of Qabyldau; update the program</source>
        <translation>Qabyldau бағдарламасының жаңарақ нұсқасымен жазылған; бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <source>could not be upgraded to this version</source>
        <translation>осы нұсқаға жаңарту мүмкін болмады</translation>
    </message>
    <message>
        <source>the change could not be saved; nothing was written</source>
        <translation>өзгерісті сақтау мүмкін болмады; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Импорт файлы</translation>
    </message>
    <message>
        <source>not a JSON array of applications</source>
        <translation>өтініштердің JSON массиві емес</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
        <translation>жазба JSON объектісі емес</translation>
    </message>
    <message>
        <source>not a valid date (DD.MM.YYYY)</source>
        <translation>жарамды күн емес (КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>Kindergarten code</source>
        <translation>Балабақша коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>City or village</source>
        <translation>Қала немесе ауыл</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Account (IBAN)</source>
        <translation>Есеп шоты (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>Parental fee</source>
        <translation>Ата-ана төлемақысы</translation>
    </message>
    <message>
        <source>Fee due day</source>
        <translation>Төлем күні</translation>
    </message>
    <message>
        <source>Contract number format</source>
        <translation>Шарт нөмірінің форматы</translation>
    </message>
    <message>
        <source>Languages of the groups</source>
        <translation>Топтардың тілдері</translation>
    </message>
    <message>
        <source>Direction number</source>
        <translation>Жолдама нөмірі</translation>
    </message>
    <message>
        <source>Direction issue date</source>
        <translation>Жолдаманың берілген күні</translation>
    </message>
    <message>
        <source>Direction&apos;s kindergarten</source>
        <translation>Жолдамадағы балабақша</translation>
    </message>
    <message>
        <source>Child&apos;s IIN on the direction</source>
        <translation>Жолдамадағы баланың ЖСН</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Date the place was freed</source>
        <translation>Орынның босаған күні</translation>
    </message>
    <message>
        <source>Extension of the direction</source>
        <translation>Жолдаманы ұзарту</translation>
    </message>
    <message>
        <source>Direction status</source>
        <translation>Жолдаманың мәртебесі</translation>
    </message>
    <message>
        <source>Directions file</source>
        <translation>Жолдамалар файлы</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет көрсету</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Жүгіну тәсілі</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Certificate of health issued on</source>
        <translation>Денсаулық туралы анықтаманың берілген күні</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Шарт күні</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарт нөмірі</translation>
    </message>
    <message>
        <source>Attends from</source>
        <translation>Балабақшаға келе бастайтын күні</translation>
    </message>
    <message>
        <source>Grounds for refusal</source>
        <translation>Бас тарту негіздері</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <source>Complaint received on</source>
        <translation>Шағымның түскен күні</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Шағымның мәні</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Жауап берілген күні</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>Шағымның мәртебесі</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>a BIN has exactly 12 digits</source>
        <translation>БСН дәл 12 цифрдан тұруы керек</translation>
    </message>
    <message>
        <source>must contain {seq} and only the placeholders {seq}, {year}, {month}</source>
        <translation>{seq} болуы керек және тек {seq}, {year}, {month} толтырғыштары ғана болуы мүмкін</translation>
    </message>
    <message>
        <source>no such direction in the local store</source>
        <translation>жергілікті қоймада мұндай жолдама жоқ</translation>
    </message>
    <message>
        <source>a direction with this number but other contents is already stored</source>
        <translation>осы нөмірлі, бірақ мазмұны басқа жолдама бұрыннан сақталған</translation>
    </message>
    <message>
        <source>the direction is for another kindergarten</source>
        <translation>жолдама басқа балабақшаға берілген</translation>
    </message>
    <message>
        <source>the direction is for another child</source>
        <translation>жолдама басқа балаға берілген</translation>
    </message>
    <message>
        <source>the direction is not in force on this day</source>
        <translation>жолдама бұл күні күшінде емес</translation>
    </message>
    <message>
        <source>the direction is already closed</source>
        <translation>жолдама бұрыннан жабылған</translation>
    </message>
    <message>
        <source>a direction can be extended only once</source>
        <translation>жолдаманы тек бір рет ұзартуға болады</translation>
    </message>
    <message>
        <source>the extension is longer than allowed</source>
        <translation>ұзарту мерзімі рұқсат етілгеннен ұзақ</translation>
    </message>
    <message>
        <source>documents are accepted on working days 09:00-17:30, except 13:00-14:00</source>
        <translation>құжаттар жұмыс күндері 09:00-17:30 аралығында қабылданады, 13:00-14:00 аралығынан басқа</translation>
    </message>
    <message>
        <source>this stage cannot come before the previous one</source>
        <translation>бұл кезең алдыңғы кезеңнен бұрын бола алмайды</translation>
    </message>
    <message>
        <source>the service has already ended with a result</source>
        <translation>қызмет көрсету нәтижемен аяқталып қойған</translation>
    </message>
    <message>
        <source>documents are missing</source>
        <translation>құжаттар жоқ</translation>
    </message>
    <message>
        <source>issued longer before the contract date than the rules allow</source>
        <translation>шарт жасалған күннен Қағидаларда рұқсат етілгеннен ертерек берілген</translation>
    </message>
    <message>
        <source>issued after the contract date</source>
        <translation>шарт жасалған күннен кейін берілген</translation>
    </message>
    <message>
        <source>choose at least one ground</source>
        <translation>кемінде бір негізді таңдаңыз</translation>
    </message>
    <message>
        <source>the answer cannot come before the complaint was received</source>
        <translation>жауап шағым түскенге дейін берілуі мүмкін емес</translation>
    </message>
    <message>
        <source>the end of the period is before its start</source>
        <translation>кезеңнің соңы басынан бұрын</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>күн болашақта</translation>
    </message>
    <message>
        <source>no such service in the local store</source>
        <translation>жергілікті қоймада мұндай қызмет көрсету жоқ</translation>
    </message>
    <message>
        <source>no such complaint in the local store</source>
        <translation>жергілікті қоймада мұндай шағым жоқ</translation>
    </message>
    <message>
        <source>Parent&apos;s ID document</source>
        <translation>Ата-ананың жеке басын куәландыратын құжаты</translation>
    </message>
    <message>
        <source>Parent&apos;s address</source>
        <translation>Ата-ананың мекенжайы</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s details</source>
        <translation>Балабақшаның деректемелері</translation>
    </message>
    <message>
        <source>the child cannot start attending before the contract date</source>
        <translation>бала шарт жасалған күннен бұрын балабақшаға келе бастай алмайды</translation>
    </message>
    <message>
        <source>the child cannot start attending after the last day of the temporary stay</source>
        <translation>бала уақытша болудың соңғы күнінен кейін балабақшаға келе бастай алмайды</translation>
    </message>
    <message>
        <source>this file exists and is not a PDF document: choose another name</source>
        <translation>мұндай файл бар және ол PDF құжаты емес: басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>the application&apos;s id is not a UUID</source>
        <translation>өтініштің идентификаторы UUID емес</translation>
    </message>
    <message>
        <source>this id belongs to another child&apos;s application</source>
        <translation>бұл идентификатор басқа баланың өтінішіне тиесілі</translation>
    </message>
    <message>
        <source>Place identifier</source>
        <translation>Орынның идентификаторы</translation>
    </message>
    <message>
        <source>Kindergarten of the place</source>
        <translation>Орын берілетін балабақша</translation>
    </message>
    <message>
        <source>Age period (dates of birth)</source>
        <translation>Жас кезеңі (туған күндері)</translation>
    </message>
    <message>
        <source>Language of the group</source>
        <translation>Топтың тілі</translation>
    </message>
    <message>
        <source>Day admission starts</source>
        <translation>Қабылдау басталатын күн</translation>
    </message>
    <message>
        <source>Last day of the temporary stay</source>
        <translation>Уақытша болудың соңғы күні</translation>
    </message>
    <message>
        <source>Day the place was actually freed</source>
        <translation>Орынның нақты босаған күні</translation>
    </message>
    <message>
        <source>File of places</source>
        <translation>Орындар файлы</translation>
    </message>
    <message>
        <source>there is no such place</source>
        <translation>мұндай орын жоқ</translation>
    </message>
    <message>
        <source>a direction holds this place</source>
        <translation>бұл орынға жолдама берілген</translation>
    </message>
    <message>
        <source>the place has been withdrawn</source>
        <translation>орын кері қайтарылып алынған</translation>
    </message>
    <message>
        <source>the place is not an early-booking place</source>
        <translation>бұл ерте брондалатын орын емес</translation>
    </message>
    <message>
        <source>Confirmation of the extraordinary right</source>
        <translation>Кезектен тыс құқықты растау</translation>
    </message>
    <message>
        <source>the child does not hold the direction under an extraordinary right</source>
        <translation>бала жолдаманы кезектен тыс құқықпен алған жоқ</translation>
    </message>
    <message>
        <source>the right was already confirmed</source>
        <translation>құқық бұрын расталған</translation>
    </message>
    <message>
        <source>Complaint from</source>
        <translation>Шағым кімнен</translation>
    </message>
    <message>
        <source>too long; the most characters it takes</source>
        <translation>тым ұзын; ең көп таңба саны</translation>
    </message>
    <message>
        <source>Authorised body for complaints</source>
        <translation>Шағымдарды қарайтын уәкілетті орган</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>too short; the fewest characters it takes</source>
        <translation>тым қысқа; ең аз таңба саны</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>екі құпиясөз сәйкес емес</translation>
    </message>
    <message>
        <source>another account has this login</source>
        <translation>бұл логин басқа пайдаланушыда бар</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>логин немесе құпиясөз қате</translation>
    </message>
    <message>
        <source>this account is disabled</source>
        <translation>бұл пайдаланушы өшірілген</translation>
    </message>
    <message>
        <source>there is no such account</source>
        <translation>мұндай пайдаланушы жоқ</translation>
    </message>
    <message>
        <source>the store already has accounts</source>
        <translation>қоймада пайдаланушылар бар</translation>
    </message>
    <message>
        <source>the last administrator who can sign in must stay one</source>
        <translation>кіре алатын жалғыз әкімші әкімші болып қалуы керек</translation>
    </message>
    <message>
        <source>your role does not allow this</source>
        <translation>сіздің рөліңіз бұған рұқсат етпейді</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>the copy is damaged; nothing was replaced</source>
        <translation>көшірме бүлінген; ештеңе ауыстырылған жоқ</translation>
    </message>
    <message>
        <source>not a copy of a Qabyldau store; nothing was replaced</source>
        <translation>бұл Qabyldau қоймасының көшірмесі емес; ештеңе ауыстырылған жоқ</translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation>көшірмені жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>another program has the store open; close it and try again</source>
        <translation>қойманы басқа бағдарлама ашып тұр; оны жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>contains a control character, which no document can show</source>
        <translation>ешбір құжатта көрсетілмейтін басқару таңбасы бар</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Кері қайтарып алу себебі</translation>
    </message>
    <message>
        <source>no such application in the local store</source>
        <translation>жергілікті қоймада мұндай өтініш жоқ</translation>
    </message>
    <message>
        <source>only an application waiting in the queue can be corrected</source>
        <translation>тек кезекте тұрған өтінішті түзетуге болады</translation>
    </message>
    <message>
        <source>an archived application, or one that holds a direction, cannot be withdrawn</source>
        <translation>мұрағаттағы немесе жолдамасы бар өтінішті кері қайтарып алуға болмайды</translation>
    </message>
    <message>
        <source>an account (IBAN) is KZ, 2 check digits and 16 letters or digits</source>
        <translation>есеп шоты (IBAN) KZ әріптерінен, 2 бақылау цифрынан және 16 әріп немесе цифрдан тұрады</translation>
    </message>
    <message>
        <source>the IBAN&apos;s check digits do not match: a character is mistyped</source>
        <translation>IBAN-ның бақылау цифрлары сәйкес келмейді: бір таңба қате терілген</translation>
    </message>
    <message>
        <source>a BIC is 8 letters or digits, like HSBKKZKX</source>
        <translation>БСК 8 әріп немесе цифрдан тұрады, мысалы HSBKKZKX</translation>
    </message>
    <message>
        <source>Kind of ID document</source>
        <translation>Жеке басын куәландыратын құжаттың түрі</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>Құжаттың нөмірі</translation>
    </message>
    <message>
        <source>ID document issued on</source>
        <translation>Құжаттың берілген күні</translation>
    </message>
    <message>
        <source>ID document issued by</source>
        <translation>Құжатты берген орган</translation>
    </message>
    <message>
        <source>the number is 9 digits, as on the card (e.g. 012345678)</source>
        <translation>нөмір куәліктегідей 9 цифрдан тұрады (мысалы, 012345678)</translation>
    </message>
    <message>
        <source>a passport number is the letter N and 8 digits (e.g. N12345678)</source>
        <translation>паспорт нөмірі N әрпі мен 8 цифрдан тұрады (мысалы, N12345678)</translation>
    </message>
    <message>
        <source>the number is letters and digits, at least one digit, up to 20</source>
        <translation>нөмір әріптер мен цифрлардан тұрады: кемінде бір цифр, 20 таңбаға дейін</translation>
    </message>
</context>
<context>
    <name>JournalVerification</name>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation>
            <numerusform>Журнал бүтін: %n жазба тексерілді.</numerusform>
            <numerusform>Журнал бүтін: %n жазба тексерілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: an entry before it is missing.</source>
        <translation>Журнал %1-жазбада бұзылған: оның алдындағы жазба жоқ.</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: the entry before it was changed or replaced.</source>
        <translation>Журнал %1-жазбада бұзылған: оның алдындағы жазба өзгертілген немесе ауыстырылған.</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: the entry was changed after it was written.</source>
        <translation>Журнал %1-жазбада бұзылған: жазба жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: its data cannot be read.</source>
        <translation>Журнал %1-жазбада бұзылған: оның деректерін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The journal is broken: entries from %1 on were removed.</source>
        <translation>Журнал бұзылған: %1-жазбадан бастап жазбалар жойылған.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the text ends too early</source>
        <translation>мәтін тым ерте аяқталды</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>күтілмеген таңба</translation>
    </message>
    <message>
        <source>expected &apos;{&apos;</source>
        <translation>&apos;{&apos; күтілген</translation>
    </message>
    <message>
        <source>expected &apos;[&apos;</source>
        <translation>&apos;[&apos; күтілген</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>мүше атауынан кейін &apos;:&apos; күтілген</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>қос тырнақшадағы мүше атауы күтілген</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; немесе &apos;}&apos; күтілген</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; немесе &apos;]&apos; күтілген</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>жарамсыз сан</translation>
    </message>
    <message>
        <source>invalid literal (true, false or null expected)</source>
        <translation>жарамсыз литерал (true, false немесе null күтілген)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>жол жабылмаған</translation>
    </message>
    <message>
        <source>control character in a string (it must be escaped)</source>
        <translation>жолдағы басқару таңбасы (оны экрандау керек)</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>жарамсыз экрандау тізбегі</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>жарамсыз UTF-8</translation>
    </message>
    <message>
        <source>values nested too deeply</source>
        <translation>мәндердің ендірілу деңгейі тым терең</translation>
    </message>
    <message>
        <source>text after the end of the value</source>
        <translation>мәннің соңынан кейін мәтін бар</translation>
    </message>
</context>
<context>
    <name>KindergartenListEditor</name>
    <message>
        <source>Kindergartens of the region</source>
        <translation>Өңірдің балабақшалары</translation>
    </message>
    <message>
        <source>The kindergartens an applicant can choose from, until the queue server sends the list. A row is saved as soon as it has a code and a name.</source>
        <translation>Кезек сервері тізімді жібергенге дейін өтініш беруші таңдай алатын балабақшалар. Жолға коды мен атауы енгізілген бойда ол сақталады.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <source>&amp;Import from a JSON file...</source>
        <translation>JSON файлынан &amp;импорттау...</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Import kindergartens</source>
        <translation>Балабақшаларды импорттау</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>%1 файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n kindergarten(s).</source>
        <translation>
            <numerusform>%n балабақша импортталды.</numerusform>
            <numerusform>%n балабақша импортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindergartenProfile</name>
    <message>
        <source>in Kazakh</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>орыс тілінде</translation>
    </message>
</context>
<context>
    <name>KindergartenProfileEditor</name>
    <message>
        <source>The details were changed. Save them?</source>
        <translation>Деректемелер өзгертілді. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>This kindergarten</source>
        <translation>Осы балабақша</translation>
    </message>
    <message>
        <source>What contracts, refusal letters and receipts print about the kindergarten. Problems appear next to their field; nothing you typed is lost when the details cannot be saved.</source>
        <translation>Шарттарда, бас тарту хаттарында және қолхаттарда балабақша туралы басылатын мәліметтер. Қателер тиісті өрістің жанында көрсетіледі; деректемелерді сақтау мүмкін болмаса да, енгізілген мәліметтер жоғалмайды.</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Балабақша</translation>
    </message>
    <message>
        <source>Bank details and parental fee</source>
        <translation>Банк деректемелері және ата-ана төлемақысы</translation>
    </message>
    <message>
        <source>Contracts and groups</source>
        <translation>Шарттар және топтар</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Құжат үлгілері</translation>
    </message>
    <message>
        <source>Code in the region</source>
        <translation>Өңірдегі коды</translation>
    </message>
    <message>
        <source>Full name in Kazakh</source>
        <translation>Қазақша толық атауы</translation>
    </message>
    <message>
        <source>Full name in Russian</source>
        <translation>Орысша толық атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Қазақша мекенжайы</translation>
    </message>
    <message>
        <source>Address in Russian</source>
        <translation>Орысша мекенжайы</translation>
    </message>
    <message>
        <source>City or village in Kazakh</source>
        <translation>Қала немесе ауыл (қазақша)</translation>
    </message>
    <message>
        <source>City or village in Russian</source>
        <translation>Қала немесе ауыл (орысша)</translation>
    </message>
    <message>
        <source>Head (full name)</source>
        <translation>Басшы (Т.А.Ә.)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Account (IBAN)</source>
        <translation>Есеп шоты (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>Parental fee per month</source>
        <translation>Айына ата-ана төлемақысы</translation>
    </message>
    <message>
        <source>Paid by day of the month</source>
        <translation>Айдың қай күніне дейін төленеді</translation>
    </message>
    <message>
        <source>Fee terms in Kazakh</source>
        <translation>Төлем шарттары (қазақша)</translation>
    </message>
    <message>
        <source>Fee terms in Russian</source>
        <translation>Төлем шарттары (орысша)</translation>
    </message>
    <message>
        <source>Contract number format</source>
        <translation>Шарт нөмірінің форматы</translation>
    </message>
    <message>
        <source>Languages of the groups</source>
        <translation>Топтардың тілдері</translation>
    </message>
    <message>
        <source>The code the region&apos;s queue system gives this kindergarten; directions carry it.</source>
        <translation>Өңірдің кезектілікті басқару жүйесі осы балабақшаға берген код; ол жолдамаларда көрсетіледі.</translation>
    </message>
    <message>
        <source>Business identification number: 12 digits, the last one a check digit.</source>
        <translation>Бизнес-сәйкестендіру нөмірі: 12 цифр, соңғысы — бақылау цифры.</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>алынбайды</translation>
    </message>
    <message>
        <source>What the fee covers, exemptions</source>
        <translation>Төлемақыға не кіреді, жеңілдіктер</translation>
    </message>
    <message>
        <source>{seq} is the contract&apos;s number within the year ({seq:4} pads it to 4 digits); {year} and {month} are those of the contract date.</source>
        <translation>{seq} — шарттың жыл ішіндегі нөмірі ({seq:4} оны 4 цифрға дейін толықтырады); {year} және {month} — шарт жасалған күннің жылы мен айы.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>&amp;Use edited templates from...</source>
        <translation>&amp;Өңделген үлгілерді мына бумадан пайдалану...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in templates</source>
        <translation>&amp;Кірістірілген үлгілерді пайдалану</translation>
    </message>
    <message>
        <source>C&amp;opy the built-in templates to...</source>
        <translation>Кірістірілген үлгілерді &amp;бумаға көшіру...</translation>
    </message>
    <message>
        <source>Copies the program&apos;s templates into a folder of your choice so that you can edit their wording.</source>
        <translation>Мәтінін өңдей алу үшін бағдарламаның үлгілерін өзіңіз таңдаған бумаға көшіреді.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Келесі нөмір: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Сақталмады: қызыл түспен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Documents are printed from the built-in templates.</source>
        <translation>Құжаттар кірістірілген үлгілер бойынша басылады.</translation>
    </message>
    <message>
        <source>Documents are printed from the edited templates in %1; a document whose template is not there comes from the built-in one.</source>
        <translation>Құжаттар %1 бумасындағы өңделген үлгілер бойынша басылады; үлгісі ол жерде жоқ құжат кірістірілген үлгі бойынша басылады.</translation>
    </message>
    <message>
        <source>The folder cannot be found: every document comes from the built-in templates.</source>
        <translation>Бума табылмады: барлық құжат кірістірілген үлгілер бойынша басылады.</translation>
    </message>
    <message>
        <source>Edited templates are used from now on.</source>
        <translation>Бұдан былай өңделген үлгілер пайдаланылады.</translation>
    </message>
    <message>
        <source>The folder holds none of the template files (such as %1): every document still comes from the built-in templates.</source>
        <translation>Бумада үлгі файлдарының (мысалы, %1) ешқайсысы жоқ: барлық құжат бұрынғыдай кірістірілген үлгілер бойынша басылады.</translation>
    </message>
    <message>
        <source>Folder of the edited templates</source>
        <translation>Өңделген үлгілер бумасы</translation>
    </message>
    <message>
        <source>Copy the built-in templates to</source>
        <translation>Кірістірілген үлгілерді көшіретін бума</translation>
    </message>
    <message>
        <source>The templates could not be copied: %1</source>
        <translation>Үлгілерді көшіру мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) copied to %1.</source>
        <translation>
            <numerusform>%n үлгі %1 бумасына көшірілді.</numerusform>
            <numerusform>%n үлгі %1 бумасына көшірілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already there were kept.</source>
        <translation>
            <numerusform>Бұрыннан бар %n файл сол күйінде қалдырылды.</numerusform>
            <numerusform>Бұрыннан бар %n файл сол күйінде қалдырылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print documents from this folder from now on?</source>
        <translation>Бұдан былай құжаттарды осы бумадағы үлгілер бойынша басу керек пе?</translation>
    </message>
    <message>
        <source>Authorised body for complaints, in Kazakh</source>
        <translation>Шағымдарды қарайтын уәкілетті орган, қазақша</translation>
    </message>
    <message>
        <source>Authorised body for complaints, in Russian</source>
        <translation>Шағымдарды қарайтын уәкілетті орган, орысша</translation>
    </message>
    <message>
        <source>Name and address; the refusal letter names it</source>
        <translation>Атауы мен мекенжайы; бас тарту хатында көрсетіледі</translation>
    </message>
    <message>
        <source>The regional department of the authorised body for the assessment and control of the quality of public services, where a parent may complain about a refusal: its name and postal address.</source>
        <translation>Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органның өңірлік департаменті — ата-ана бас тартуға сонда шағым бере алады: оның атауы мен пошталық мекенжайы.</translation>
    </message>
</context>
<context>
    <name>KindergartenProfileSection</name>
    <message>
        <source>This kindergarten</source>
        <translation>Осы балабақша</translation>
    </message>
    <message>
        <source>Not filled in yet: contracts, refusal letters and receipts cannot be printed without the kindergarten&apos;s details.</source>
        <translation>Әлі толтырылмаған: балабақшаның деректемелерінсіз шарттарды, бас тарту хаттарын және қолхаттарды басып шығару мүмкін емес.</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БСН %2</translation>
    </message>
    <message>
        <source>Edit the de&amp;tails...</source>
        <translation>&amp;Деректемелерді өңдеу...</translation>
    </message>
</context>
<context>
    <name>KindergartenSettingsSection</name>
    <message>
        <source>Kindergartens of the region</source>
        <translation>Өңірдің балабақшалары</translation>
    </message>
    <message>
        <source>The list is empty: applicants cannot choose a kindergarten yet.</source>
        <translation>Тізім бос: өтініш берушілер әзірге балабақша таңдай алмайды.</translation>
    </message>
    <message numerus="yes">
        <source>%n kindergarten(s) an applicant can choose from.</source>
        <translation>
            <numerusform>Өтініш беруші %n балабақшаның бірін таңдай алады.</numerusform>
            <numerusform>Өтініш беруші %n балабақшаның бірін таңдай алады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the l&amp;ist...</source>
        <translation>Тізімді &amp;өңдеу...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Түр</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>%1 &amp;туралы</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>жадта</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Жергілікті қойма: %1</translation>
    </message>
    <message>
        <source>%1
Schema version %2</source>
        <translation>%1
Схема нұсқасы: %2</translation>
    </message>
    <message>
        <source>No local store</source>
        <translation>Жергілікті қойма жоқ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back Up the Local Store</source>
        <translation>Жергілікті қойманың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <source>Qabyldau backups (*.sqlite);;All files (*)</source>
        <translation>Qabyldau сақтық көшірмелері (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Copying and checking the local store…</source>
        <translation>Жергілікті қойма көшіріліп, тексерілуде…</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>Сақтық көшірме жасалмады.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Сақтық көшірме жазылып, тексерілді: %1</translation>
    </message>
    <message>
        <source>Restore the Local Store</source>
        <translation>Жергілікті қойманы қалпына келтіру</translation>
    </message>
    <message>
        <source>Replace the local store by the backup %1?

The backup is checked first; a damaged copy is refused and nothing changes. What was entered after the backup was made will no longer be in the store: the current store is kept in its folder as %2, and can be restored the same way.

The window closes and opens again on the restored store.</source>
        <translation>Жергілікті қойма %1 сақтық көшірмесімен ауыстырылсын ба?

Алдымен көшірме тексеріледі; бүлінген көшірме қабылданбайды және ештеңе өзгермейді. Сақтық көшірме жасалғаннан кейін енгізілген деректер қоймада болмайды: ағымдағы қойма өз қалтасында %2 атауымен сақталады және оны да осылай қалпына келтіруге болады.

Терезе жабылып, қалпына келтірілген қоймамен қайта ашылады.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>Назар аударуды қажет етеді</translation>
    </message>
    <message>
        <source>Nothing needs attention: the queue server accepted every command this desk sent.</source>
        <translation>Назар аударатын ештеңе жоқ: кезек сервері осы қабылдау орны жіберген барлық команданы қабылдады.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Жазылған</translation>
    </message>
    <message>
        <source>Why it was refused, what to do</source>
        <translation>Неге қабылданбады, не істеу керек</translation>
    </message>
    <message>
        <source>Open the application</source>
        <translation>Өтінішті ашу</translation>
    </message>
    <message>
        <source>Registered at another kindergarten</source>
        <translation>Басқа балабақшада тіркелген</translation>
    </message>
    <message>
        <source>Registration of an application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Withdrawal of an application</source>
        <translation>Өтінішті кері қайтарып алу</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Қызмет көрсету уақыты</translation>
    </message>
    <message>
        <source>Extension of a direction</source>
        <translation>Жолдаманы ұзарту</translation>
    </message>
    <message>
        <source>Freed place date</source>
        <translation>Орынның босаған күні</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Change of a complaint</source>
        <translation>Шағымды өзгерту</translation>
    </message>
    <message>
        <source>Import of applications</source>
        <translation>Өтініштерді импорттау</translation>
    </message>
    <message>
        <source>The child already has an active application in the region; this registration was not added to the queue.</source>
        <translation>Баланың өңірде қолданыстағы өтініші бұрыннан бар; бұл тіркеу кезекке қосылмады.</translation>
    </message>
    <message>
        <source>The existing application is number %1 in the queue.</source>
        <translation>Ол өтініш кезекте %1-нөмірде тұр.</translation>
    </message>
    <message>
        <source>Tell the parent; do not register the child again.</source>
        <translation>Ата-анаға хабарлаңыз; баланы қайта тіркемеңіз.</translation>
    </message>
    <message>
        <source>The application does not meet the Appendix 1 rules on the server. Check the application&apos;s data and register it again.</source>
        <translation>Өтініш серверде 1-қосымшаның талаптарына сай келмейді. Өтініш деректерін тексеріп, оны қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>The server already holds a record with this identifier. Tell the administrator.</source>
        <translation>Серверде дәл осы сәйкестендіргішті жазба бұрыннан бар. Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The time the record was written is not possible (check this computer&apos;s clock and date). Tell the administrator.</source>
        <translation>Жазбаның жазылған уақыты шындыққа сәйкес келмейді (осы компьютердің сағаты мен күнін тексеріңіз). Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The direction is no longer valid on the server (used, refused, expired or cancelled). Check the direction&apos;s status before serving the parent.</source>
        <translation>Жолдама серверде енді күшінде емес (пайдаланылған, бас тартылған, мерзімі өткен немесе күші жойылған). Ата-анаға қызмет көрсетпес бұрын жолдаманың мәртебесін тексеріңіз.</translation>
    </message>
    <message>
        <source>The application cannot be withdrawn: it is archived already, or it holds an active direction.</source>
        <translation>Өтінішті кері қайтарып алу мүмкін емес: ол мұрағатқа жіберілген немесе оған күшіндегі жолдама берілген.</translation>
    </message>
    <message>
        <source>The direction was extended before; it can be extended only once.</source>
        <translation>Жолдама бұрын ұзартылған; оны тек бір рет ұзартуға болады.</translation>
    </message>
    <message>
        <source>The server holds another record under the same number from this desk. Tell the administrator.</source>
        <translation>Серверде осы қабылдау орнынан келген, дәл осы нөмірлі басқа жазба бар. Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The queue server does not accept this kind of record yet. Keep the paper copy; tell the administrator.</source>
        <translation>Кезек сервері мұндай жазбаны әзірге қабылдамайды. Қағаз көшірмесін сақтаңыз; әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The server found the record&apos;s data incomplete or wrong: %1</source>
        <translation>Сервер жазбаның деректерін толық емес немесе қате деп тапты: %1</translation>
    </message>
    <message>
        <source>Publication of a free place</source>
        <translation>Бос орынды жариялау</translation>
    </message>
    <message>
        <source>Withdrawal of a place</source>
        <translation>Орынды кері қайтарып алу</translation>
    </message>
    <message>
        <source>Place actually freed</source>
        <translation>Орынның нақты босауы</translation>
    </message>
    <message>
        <source>Correction of an application</source>
        <translation>Өтінішті түзету</translation>
    </message>
    <message>
        <source>The server does not know the application, direction, place or complaint this record is about, or it belongs to another kindergarten.</source>
        <translation>Сервер бұл жазбаға қатысты өтінішті, жолдаманы, орынды немесе шағымды таппады, не олар басқа балабақшаға тиесілі.</translation>
    </message>
    <message>
        <source>Another place in the region already has this place&apos;s identifier.</source>
        <translation>Өңірде осындай сәйкестендіргіші бар басқа орын бұрыннан бар.</translation>
    </message>
    <message>
        <source>The place is not for this desk&apos;s kindergarten.</source>
        <translation>Орын осы қабылдау орнының балабақшасына тиесілі емес.</translation>
    </message>
    <message>
        <source>The server found the place&apos;s details incomplete or wrong.</source>
        <translation>Сервер орынның деректерін толық емес немесе қате деп тапты.</translation>
    </message>
    <message>
        <source>The place was not published: it is taken off this desk&apos;s places and bulletin. If it is free, publish it again, with its details checked.</source>
        <translation>Орын жарияланбады: ол осы қабылдау орнының орындар тізімінен және бюллетенінен алынды. Орын бос болса, деректерін тексеріп, қайта жариялаңыз.</translation>
    </message>
    <message>
        <source>A direction already holds the place on the server, so it cannot be withdrawn. The direction comes with the next sync.</source>
        <translation>Серверде бұл орынға жолдама берілген, сондықтан оны кері қайтарып алуға болмайды. Жолдама келесі синхрондауда келеді.</translation>
    </message>
    <message>
        <source>The place was withdrawn on the server already.</source>
        <translation>Орын серверде бұрын кері қайтарылып алынған.</translation>
    </message>
    <message>
        <source>On the server the place is not an early-booking place, so it has no day of being actually freed.</source>
        <translation>Серверде бұл орын ерте брондау орны емес, сондықтан оның нақты босаған күні болмайды.</translation>
    </message>
    <message>
        <source>The day the place was freed is later than the day it was entered. Check this computer&apos;s date and enter the day again.</source>
        <translation>Орынның босаған күні ол енгізілген күннен кеш болып тұр. Осы компьютердегі күнді тексеріп, күнді қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>Another application in the region already has the number %1 (was this desk&apos;s store restored from an old copy?). Tell the administrator.</source>
        <translation>Өңірде %1 нөмірі басқа өтініште бар (осы компьютердің жергілікті қоймасы ескі көшірмеден қалпына келтірілмеді ме?). Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>Verification code of a printed document</source>
        <translation>Басылған құжаттың тексеру коды</translation>
    </message>
    <message>
        <source>The server did not keep this printed document&apos;s verification code, so it cannot confirm the paper. Tell the administrator.</source>
        <translation>Сервер осы басылған құжаттың тексеру кодын сақтамады, сондықтан қағазды растай алмайды. Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The change was not made: this desk shows the place as the queue server last confirmed it.</source>
        <translation>Өзгеріс енгізілмеді: бұл қабылдау орнында орын кезек сервері соңғы рет растаған күйінде көрсетілген.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>no outbox command %1</source>
        <translation>жіберілетін командалар тізімінде %1 командасы жоқ</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Кезең басы</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;соңы</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>Күні, айы және жылы: КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Publish a free place</source>
        <translation>Бос орынды жариялау</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Топ</translation>
    </message>
    <message>
        <source>Children &amp;born</source>
        <translation>Туған &amp;күндері</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <source>Group &amp;type</source>
        <translation>Топ тү&amp;рі</translation>
    </message>
    <message>
        <source>&amp;Working mode</source>
        <translation>&amp;Жұмыс режимі</translation>
    </message>
    <message>
        <source>&amp;Admission mode</source>
        <translation>&amp;Қабылдау режимі</translation>
    </message>
    <message>
        <source>Temporary stay &amp;until</source>
        <translation>Уақытша болудың &amp;соңғы күні</translation>
    </message>
    <message>
        <source>Actually &amp;freed on</source>
        <translation>Нақты &amp;босаған күні</translation>
    </message>
    <message>
        <source>Which &amp;days</source>
        <translation>Қ&amp;ай күндері</translation>
    </message>
    <message>
        <source>Admission &amp;starts on</source>
        <translation>Қабылдаудың басталу кү&amp;ні</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>Күні, айы және жылы: КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Born from</source>
        <translation>Туған күні, бастап</translation>
    </message>
    <message>
        <source>Born until</source>
        <translation>Туған күні, дейін</translation>
    </message>
    <message>
        <source>e.g. Middle group «Balapan»</source>
        <translation>мысалы, Ортаңғы топ «Балапан»</translation>
    </message>
    <message>
        <source>Empty until the place is actually free</source>
        <translation>Орын нақты босағанға дейін бос қалады</translation>
    </message>
    <message>
        <source>The days of attending are &amp;restricted</source>
        <translation>Бару күндеріне &amp;шектеу бар</translation>
    </message>
    <message>
        <source>e.g. Monday to Wednesday</source>
        <translation>мысалы, дүйсенбіден сәрсенбіге дейін</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Басқа тіл</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Жария&amp;лау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s code is not set: enter it in Settings first.</source>
        <translation>Осы балабақшаның коды көрсетілмеген: алдымен оны Баптауларда енгізіңіз.</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Жарияланбады: %1</translation>
    </message>
    <message>
        <source>The first date of birth is after the last one.</source>
        <translation>Бастапқы күн соңғы күннен кейін болмауы керек.</translation>
    </message>
    <message>
        <source>The last day of the stay is before admission starts.</source>
        <translation>Уақытша болудың соңғы күні қабылдау басталғанға дейін келеді.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>open</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>held by a direction</source>
        <translation>жолдама берілген</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>толтырылды</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарылып алынды</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматты</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматты</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бір қадам &amp;жоғары</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бір қадам &amp;төмен</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Қолданылуы: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметрлер]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметрлер:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументтер:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Пәрмен жолы параметрлері бойынша анықтаманы көрсетеді.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Анықтаманы Qt параметрлерімен бірге көрсетеді.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Нұсқа туралы ақпаратты көрсетеді.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>«%1» — белгісіз параметр.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Белгісіз параметрлер: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>«%1» параметрінен кейін мән жоқ.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>«%1» параметрінен кейін күтпеген мән.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Тапсырманы басқару</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Жоспарлы басып шығару:</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Төлем ақпараты:</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Басымдық:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Бөлгіш беттер</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Басында:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Соңында:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Дереу басып шығару</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Мерзімсіз кідірту</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Күндіз (06:00 – 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Түнде (18:00 – 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Екінші ауысым (16:00 – 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Үшінші ауысым (00:00 – 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Демалыс күндері (сенбі – жексенбі)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Белгіленген уақытта</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартты</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Қолжетімділігі шектеусіз</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Қолжетімділігі шектеулі</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Өте құпия</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Аса маңызды</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Сонда да жою керек пе?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер тізімі</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Файл атауы:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы бума</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңа бума</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрі:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Буманы табу</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Бума табылмады.
Бума атауының дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйірлік панель</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Атын &amp;өзгерту</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Буманы жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жоғарғы бумаға өту</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық көрініс режиміне ауысу</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Файл атауының дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім режиміне ауысу</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айтару</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кі&amp;рістіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Мәліметтерді көрсету...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Мәліметтерді жасыру...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt туралы&lt;/h3&gt;&lt;p&gt;Бұл бағдарлама Qt %1 нұсқасын пайдаланады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt — кросс-платформалы қолданбалар әзірлеуге арналған C++ құралдар жинағы.&lt;/p&gt;&lt;p&gt;Qt бір бастапқы кодты барлық негізгі жұмыс үстелі операциялық жүйелеріне көшіруге мүмкіндік береді. Ол сондай-ақ ендірілген Linux пен басқа да ендірілген және мобильді операциялық жүйелерде қолжетімді.&lt;/p&gt;&lt;p&gt;Qt пайдаланушылардың әртүрлі қажеттіліктеріне арналған бірнеше лицензия нұсқасымен таратылады.&lt;/p&gt;&lt;p&gt;Біздің коммерциялық лицензиялық келісім бойынша лицензияланған Qt бастапқы кодты үшінші тараптармен бөліскіңіз келмейтін немесе GNU (L)GPL шарттарын орындай алмайтын жағдайда меншікті немесе коммерциялық бағдарламаларды әзірлеуге жарайды.&lt;/p&gt;&lt;p&gt;GNU (L)GPL бойынша лицензияланған Qt тиісті лицензиялардың шарттарын орындай алсаңыз, Qt&amp;nbsp;қолданбаларын әзірлеуге жарайды.&lt;/p&gt;&lt;p&gt;Qt лицензиялары туралы шолуды &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; сайтынан қараңыз.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd және басқа қатысушылар.&lt;/p&gt;&lt;p&gt;Qt және Qt логотипі — The Qt Company Ltd компаниясының сауда белгілері.&lt;/p&gt;&lt;p&gt;Qt — ашық бастапқы кодты жоба ретінде әзірленген The Qt Company Ltd өнімі. Толығырақ: &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>in</source>
        <translation>дюйм</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>төменгі өріс</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Қағаз көзі:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң жақ өріс</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өз өлшемі</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Бет орналасуы</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ені:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Бағдары</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Беттер реті:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жоғарғы өріс</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол жақ өріс</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Бет өлшемі:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Төңкерілген кітаптық</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Парақтағы беттер:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Төңкерілген альбомдық</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Биіктігі:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Өз өлшемі</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Өз өлшемі (%1 мм × %2 мм)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ысыру</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндерді қайтару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына &amp;жоқ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Барлығына &amp;иә</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жұп беттер</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдан оңға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңнан солға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазу</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>«Парақтағы беттер» және «Беттер жиыны» параметрлерін бірге қолдануға болмайды.
Олардың біреуін өшіріңіз.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 бұрыннан бар.
Оны қайта жазу керек пе?</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдан оңға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Тақ беттер</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергілікті файл</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Екі жақты басып шығару баптауларында қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлға басып шығару (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлға басып шығару ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Беттер дұрыс көрсетілмеген</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 дұрыс жазылмаған. Беттер мен ауқымдарды «,» арқылы бөліңіз, ауқымды «-» арқылы беріңіз; ауқымдар бір-бірімен қиылыспауы керек.</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңнан солға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Төменнен жоғарыға, солдан оңға</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Барлық беттер</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Екі жақты басып шығару баптауларындағы қайшылықтар</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бума.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазу мүмкін емес.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Төменнен жоғарыға, оңнан солға</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Жоғарыдан төменге, солдан оңға</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Жоғарыдан төменге, оңнан солға</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бетке сыйдыру</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша сыйдыру</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Барлық беттерді шолу</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Бірінші бет</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Соңғы бет</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бір бетті көрсету</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Қатар беттерді көрсету</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Принтер қасиеттері</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапсырма параметрлері</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Бет баптауларындағы қайшылықтар</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Бет баптауларында қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Кеңейтілген параметрлердегі қайшылықтар</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Кейбір кеңейтілген параметрлерде қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Кеңейтілген</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Кейбір параметрлерде қайшылықтар бар. Оларды түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Ағымдағы бет</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Таңдалған бөлік</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Көшірмелер</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып шығару ауқымы</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режимі</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Шығару баптаулары</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Кері ретпен</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Сұр реңктер</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Көшірмелерге бөліп жинау</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Көшірмелер саны:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Қысқа жағынан түптеу</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Беттерді немесе ауқымдарды үтір арқылы жазыңыз. Ауқым сызықшамен бөлінген екі санмен беріледі. Мысалы, 3,5-7,9 жазылса, 3, 5, 6, 7 және 9-беттер басылады.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Беттер:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Екі жақты басып шығару</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер жиыны:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Ұзын жағынан түптеу</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Шығыс &amp;файл:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Қасиеттері</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Орналасқан жері:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Осы жерге айналдыру</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Сол жақ шетке</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Жоғарғы шетке</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Оң жақ шетке</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Төменгі шетке</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Бір бет солға</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Бір бет жоғары</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Бір бет оңға</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Бір бет төмен</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Солға айналдыру</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Жоғары айналдыру</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Оңға айналдыру</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Төмен айналдыру</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айтару</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кі&amp;рістіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Сілтеме адресін көшіру</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>The queue is read from the store file; a store in memory cannot be shown here.</source>
        <translation>Кезек қойма файлынан оқылады; жадтағы қойманы мұнда көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Кезекті оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ештеңе табылмады</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>No applications in this queue</source>
        <translation>Бұл кезекте өтініштер жоқ</translation>
    </message>
    <message>
        <source>The first %1 found; type more of the name to narrow the search.</source>
        <translation>Табылғандардың алғашқы %1 нәтижесі көрсетілді; іздеуді нақтылау үшін атын толығырақ жазыңыз.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Өтініштер: %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Ту&amp;ған жылы:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Балабақша:</translation>
    </message>
    <message>
        <source>Search by IIN or name (Ctrl+F)</source>
        <translation>ЖСН немесе аты-жөні бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>12 digits find an IIN; letters find a part of a name in any case. The search looks through every birth year.</source>
        <translation>12 цифр жазылса, ЖСН бойынша ізделеді; әріптер жазылса, аты-жөнінің бөлігі бас не кіші әріпке қарамастан ізделеді. Іздеу барлық туған жылдар бойынша жүргізіледі.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>the kindergarten filter: any kindergarten</comment>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>The queue is empty: this desk has no applications yet.

To begin, register an application on the Applications page, import the region&apos;s queue file (qabyldau-cli applications import FILE), or connect to the queue server in Settings, Connection to the queue server.

F1 opens the user guide.</source>
        <translation>Кезек бос: бұл жұмыс орнында әлі бірде-бір өтініш жоқ.

Бастау үшін «Өтініштер» бетінде өтінішті тіркеңіз, өңірдің кезек файлын импорттаңыз (qabyldau-cli applications import ФАЙЛ) немесе «Баптаулар» бетіндегі «Кезек серверіне қосылу» бөлімінде кезек серверіне қосылыңыз.

F1 пернесі пайдаланушы нұсқаулығын ашады.</translation>
    </message>
    <message>
        <source>Queue numbers may still change: another program is writing to the store. The queue is shown again when it has finished.</source>
        <translation>Кезек нөмірлері әлі өзгеруі мүмкін: қоймаға қазір басқа бағдарлама жазып жатыр. Ол аяқталғанда кезек өздігінен жаңартылады.</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>In the queue</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Жолдама берілді</translation>
    </message>
    <message>
        <source>Stop list</source>
        <translation>Тоқтату парағы</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивте</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>Баланың ЖСН</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Берілген уақыты</translation>
    </message>
    <message>
        <source>Another kindergarten&apos;s applicant</source>
        <translation>Басқа балабақшаның өтініш берушісі</translation>
    </message>
    <message>
        <source>Registered at another kindergarten: known here only by its place in the queue</source>
        <translation>Басқа балабақшада тіркелген: мұнда тек кезектегі орны белгілі</translation>
    </message>
    <message>
        <source>Provisional: not yet confirmed by the queue server; the number is this desk&apos;s estimate</source>
        <translation>Алдын ала: кезек сервері әлі растаған жоқ; нөмірді осы қабылдау орны болжап есептеді</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Tick at least one ground of the refusal.</source>
        <translation>Бас тартудың кемінде бір негізін белгілеңіз.</translation>
    </message>
    <message>
        <source>The refusal was not recorded: %1</source>
        <translation>Бас тарту тіркелмеді: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Refusal No. %1</source>
        <translation>Бас тарту № %1</translation>
    </message>
    <message>
        <source>Reasoned refusal</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <source>Reasoned refusal: %1, direction %2</source>
        <translation>Дәлелді бас тарту: %1, жолдама %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Documents missing or faulty:</source>
        <translation>Жоқ немесе ақауы бар құжаттар:</translation>
    </message>
    <message>
        <source>&amp;Reasons, in your words (printed in the letter):</source>
        <translation>&amp;Себептері, өз сөзіңізбен (хатта басылады):</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>Хат &amp;тілі:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Pre&amp;view draft…</source>
        <translation>Жобаны &amp;алдын ала қарау…</translation>
    </message>
    <message>
        <source>Record re&amp;fusal</source>
        <translation>&amp;Бас тартуды тіркеу</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Refusal No. %1 of %2 is recorded. Print the letter for the head&apos;s signature.</source>
        <translation>%2 күнгі № %1 бас тарту тіркелді. Хатты басшының қолы үшін басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Grounds (clause 34 of the Rules, Appendix 4 item 9):</source>
        <translation>Негіздері (Қағидалардың 34-тармағы, Қағидаларға 4-қосымшаның 9-тармағы):</translation>
    </message>
</context>
<context>
    <name>RefusalGrounds</name>
    <message>
        <source>clause 34, subclause 1) of the Rules</source>
        <translation>Қағидалардың 34-тармағының 1) тармақшасы</translation>
    </message>
    <message>
        <source>clause 34, subclause 2) of the Rules</source>
        <translation>Қағидалардың 34-тармағының 2) тармақшасы</translation>
    </message>
    <message>
        <source>clause 34, subclause 3) of the Rules</source>
        <translation>Қағидалардың 34-тармағының 3) тармақшасы</translation>
    </message>
    <message>
        <source>Appendix 4 to the Rules, item 9, subitem 1)</source>
        <translation>Қағидаларға 4-қосымшаның 9-тармағының 1) тармақшасы</translation>
    </message>
    <message>
        <source>Appendix 4 to the Rules, item 9, subitem 2)</source>
        <translation>Қағидаларға 4-қосымшаның 9-тармағының 2) тармақшасы</translation>
    </message>
    <message>
        <source>Documents required for the contract were not presented or are out of date</source>
        <translation>Шарт жасасу үшін қажетті құжаттар ұсынылмаған немесе олардың мерзімі өткен</translation>
    </message>
    <message>
        <source>The documents show medical contraindications to attending a kindergarten</source>
        <translation>Құжаттарда баланың мектепке дейінгі ұйымға баруына медициналық қарсы көрсетілімдер бар</translation>
    </message>
    <message>
        <source>Other reasons arising from the supporting documents</source>
        <translation>Растайтын құжаттардан туындайтын өзге де себептер</translation>
    </message>
    <message>
        <source>The documents or the data in them were found to be false</source>
        <translation>Құжаттардың және (немесе) олардағы деректердің (мәліметтердің) анық еместігі анықталды</translation>
    </message>
    <message>
        <source>The recipient or the documents do not meet the requirements of the legal acts</source>
        <translation>Көрсетілетін қызметті алушы немесе ұсынылған құжаттар нормативтік құқықтық актілердің талаптарына сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Register of contracts</source>
        <translation>Шарттар тізілімі</translation>
    </message>
    <message>
        <source>Register of refusals</source>
        <translation>Бас тартулар тізілімі</translation>
    </message>
    <message>
        <source>Register of service times</source>
        <translation>Қызмет көрсету уақыты тізілімі</translation>
    </message>
    <message>
        <source>Register of complaints</source>
        <translation>Шағымдар тізілімі</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>The register cannot be made: %1</source>
        <translation>Тізілімді жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Файлды жазу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n жол %1 файлына экспортталды.</numerusform>
            <numerusform>%n жол %1 файлына экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The print was not recorded in the audit: %1</source>
        <translation>Басып шығару аудитке жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Contract No.</source>
        <translation>Шарт №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Direction No.</source>
        <translation>Жолдама №</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>Баланың ЖСН</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-ана</translation>
    </message>
    <message>
        <source>Parent&apos;s IIN</source>
        <translation>Ата-ананың ЖСН</translation>
    </message>
    <message>
        <source>Attends from</source>
        <translation>Келе бастайтын күні</translation>
    </message>
    <message>
        <source>Documents owed</source>
        <translation>Кейінірек ұсынылатын құжаттар</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <source>Refusal No.</source>
        <translation>Бас тарту №</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздері</translation>
    </message>
    <message>
        <source>Documents missing or faulty</source>
        <translation>Жоқ немесе ақауы бар құжаттар</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Жүгіну тәсілі</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Келген уақыты</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Қызмет көрсету басталған уақыты</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Құжаттар тапсырылған уақыты</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже берілген уақыты</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Waiting, min</source>
        <translation>Күту, мин</translation>
    </message>
    <message>
        <source>Service, min</source>
        <translation>Қызмет көрсету, мин</translation>
    </message>
    <message>
        <source>Result, min</source>
        <translation>Нәтиже, мин</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Шектен асты</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Тізілімді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>No contracts were signed in this period.</source>
        <translation>Бұл кезеңде шарттар жасалған жоқ.</translation>
    </message>
    <message>
        <source>No refusals were given in this period.</source>
        <translation>Бұл кезеңде бас тартулар берілген жоқ.</translation>
    </message>
    <message>
        <source>No services were started in this period.</source>
        <translation>Бұл кезеңде қызмет көрсету басталған жоқ.</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>Шарттар (%1)</translation>
    </message>
    <message>
        <source>Refusals (%1)</source>
        <translation>Бас тартулар (%1)</translation>
    </message>
    <message>
        <source>Service times (%1)</source>
        <translation>Қызмет көрсету уақыты (%1)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Тізілімді экспорттау</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>Баланың ЖСН</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-ана</translation>
    </message>
    <message>
        <source>Parent&apos;s IIN</source>
        <translation>Ата-ананың ЖСН</translation>
    </message>
    <message>
        <source>Direction No.</source>
        <translation>Жолдама №</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Attends from</source>
        <translation>Келе бастайтын күні</translation>
    </message>
    <message>
        <source>Documents owed</source>
        <translation>Кейінірек ұсынылатын құжаттар</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздері</translation>
    </message>
    <message>
        <source>Documents missing or faulty</source>
        <translation>Жоқ немесе ақауы бар құжаттар</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Келген уақыты</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Жүгіну тәсілі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Шектен асты</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Тізілімдер</translation>
    </message>
    <message>
        <source>Contracts, refusals and service times for a period, to print or to export to a spreadsheet. Services over a time limit are marked red.</source>
        <translation>Кезең бойынша шарттар, бас тартулар және қызмет көрсету уақыты — басып шығаруға немесе электрондық кестеге экспорттауға. Уақыт шегінен асқан қызмет көрсетулер қызыл түспен белгіленеді.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжат т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Басып шығару...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>P&amp;DF ретінде сақтау...</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV-ге экспорттау...</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>аяқталмаған</translation>
    </message>
    <message>
        <source>Waiting, min
(max %1)</source>
        <translation>Күту, мин
(ең көбі %1)</translation>
    </message>
    <message>
        <source>Service, min
(max %1)</source>
        <translation>Қызмет көрсету, мин
(ең көбі %1)</translation>
    </message>
    <message>
        <source>Result, min
(max %1)</source>
        <translation>Нәтиже, мин
(ең көбі %1)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Head of the kindergarten</source>
        <translation>Балабақша басшысы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>ServiceClock</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күту</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет көрсету</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>No direction with the number or child&apos;s IIN “%1”.</source>
        <translation>«%1» нөмірі немесе баланың ЖСН бойынша жолдама жоқ.</translation>
    </message>
    <message>
        <source>Documents are accepted at the office on working days, %1–%2 (lunch %3–%4). The next acceptance: %5.</source>
        <translation>Кеңседе құжаттар жұмыс күндері %1–%2 аралығында қабылданады (түскі үзіліс %3–%4). Келесі қабылдау: %5.</translation>
    </message>
    <message>
        <source>The service was not started: %1</source>
        <translation>Қызмет көрсету басталмады: %1</translation>
    </message>
    <message>
        <source>Registered for %1: a portal request outside office hours counts from the next working day (RULES 6.1).</source>
        <translation>%1 уақытымен тіркелді: жұмыс уақытынан тыс порталдан түскен сұрау келесі жұмыс күнінен бастап есептеледі (RULES 6.1).</translation>
    </message>
    <message>
        <source>The checklist was not saved: %1</source>
        <translation>Құжаттарды тексеру парағы сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>Жолдама %1</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation>%1, берілген уақыты %2</translation>
    </message>
    <message>
        <source>%1, IIN %2, born %3</source>
        <translation>%1, ЖСН %2, туған күні %3</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ЖСН %2</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>other language</source>
        <translation>басқа тіл</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>кез келген тіл</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>admission from %1</source>
        <translation>%1 бастап қабылдау</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 — %n working day(s) left</source>
        <translation>
            <numerusform>%1 дейін жарамды — %n жұмыс күні қалды</numerusform>
            <numerusform>%1 дейін жарамды — %n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>was valid until %1</source>
        <translation>%1 дейін жарамды болған</translation>
    </message>
    <message>
        <source>(extended once)</source>
        <translation>(бір рет ұзартылған)</translation>
    </message>
    <message>
        <source>%1: arrived %2 · documents taken from %3 · handed in %4 · result %5 · clerk %6</source>
        <translation>%1: келді %2 · құжаттар қабылдана бастады %3 · тапсырылды %4 · нәтиже %5 · қызметкер %6</translation>
    </message>
    <message>
        <source>The service has not started.</source>
        <translation>Қызмет көрсету басталған жоқ.</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>шектен асты</translation>
    </message>
    <message>
        <source>running</source>
        <translation>жүріп жатыр</translation>
    </message>
    <message>
        <source>done</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>Contract No. %1 of %2 is recorded: the child is admitted, the direction is used.</source>
        <translation>%2 күнгі № %1 шарт тіркелді: бала қабылданды, жолдама пайдаланылды.</translation>
    </message>
    <message>
        <source>Refusal No. %1 of %2 is recorded (grounds %3): the direction is refused.</source>
        <translation>%2 күнгі № %1 бас тарту тіркелді (негіздері: %3): жолдама бойынша бас тартылды.</translation>
    </message>
    <message>
        <source>This direction is %1: no service can start for it.</source>
        <translation>Бұл жолдаманың мәртебесі — «%1»: ол бойынша қызмет көрсетуді бастау мүмкін емес.</translation>
    </message>
    <message>
        <source>&amp;Reprint contract…</source>
        <translation>Шартты қайта ба&amp;су…</translation>
    </message>
    <message>
        <source>&amp;Reprint refusal…</source>
        <translation>Бас тартуды қайта ба&amp;су…</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>&amp;Direction or child&apos;s IIN:</source>
        <translation>&amp;Жолдама немесе баланың ЖСН:</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>енгізіңіз немесе сканерлеңіз</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <source>Type or scan the number of the direction the parent brought, or the child&apos;s IIN, and press Enter.</source>
        <translation>Ата-ана әкелген жолдаманың нөмірін немесе баланың ЖСН-ін енгізіңіз не сканерлеңіз де, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Жү&amp;гіну тәсілі:</translation>
    </message>
    <message>
        <source>Ta&amp;king documents</source>
        <translation>Құжаттарды қабыл&amp;дау</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>Қолхатты басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Ref&amp;use…</source>
        <translation>&amp;Бас тарту…</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
        <source>Enabled when every required document is in order</source>
        <translation>Барлық талап етілетін құжаттар толық және дұрыс болғанда қолжетімді</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Өтініш беруші:</translation>
    </message>
    <message>
        <source>Address, phones:</source>
        <translation>Мекенжайы, телефондары:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Тобы:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Қабылдау:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Жарамдылығы:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s details are not filled in yet (Settings): the direction cannot be checked against it, and no contract can be made.</source>
        <translation>Осы балабақшаның деректемелері әлі толтырылмаған («Баптаулар»): жолдаманы онымен салыстырып тексеру мүмкін емес және шарт жасасуға болмайды.</translation>
    </message>
    <message numerus="yes">
        <source>limit %n min</source>
        <translation>
            <numerusform>шегі %n мин</numerusform>
            <numerusform>шегі %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tart service</source>
        <translation>Қыз&amp;мет көрсетуді бастау</translation>
    </message>
    <message>
        <source>Docu&amp;ments handed in</source>
        <translation>Құжаттар та&amp;псырылды</translation>
    </message>
    <message>
        <source>Rec&amp;eipt PDF…</source>
        <translation>Қ&amp;олхат PDF…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет көрсету</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s details are not filled in yet: without its name, BIN, address and head no contract can be signed. Fill them in Settings, This kindergarten, before the first parent is served.</source>
        <translation>Осы балабақшаның деректемелері әлі толтырылмаған: оның атауы, БСН, мекенжайы және басшысы болмаса, шарт жасалмайды. Алғашқы ата-ананы қабылдамас бұрын оларды «Баптаулар» бетіндегі «Осы балабақша» бөлімінде толтырыңыз.</translation>
    </message>
    <message>
        <source>Open Settin&amp;gs</source>
        <translation>Баптау&amp;ларды ашу</translation>
    </message>
</context>
<context>
    <name>ServiceSessions</name>
    <message>
        <source>Arrived</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Қызмет көрсету басталды</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Құжаттар тапсырылды</translation>
    </message>
    <message>
        <source>Result issued</source>
        <translation>Нәтиже берілді</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ті&amp;л:</translation>
    </message>
    <message>
        <source>The interface switches at once, without a restart, and opens in this language next time. Documents are printed in the language chosen for each document.</source>
        <translation>Интерфейс бағдарламаны қайта іске қоспай-ақ бірден ауысады және келесі жолы да осы тілде ашылады. Әр құжат өзіне таңдалған тілде басылады.</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Жергілікті қойма</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Схема нұсқасы:</translation>
    </message>
    <message>
        <source>Program version:</source>
        <translation>Бағдарлама нұсқасы:</translation>
    </message>
    <message>
        <source>Checking the journal and every application, direction, contract, refusal and place...</source>
        <translation>Журнал және әрбір өтініш, жолдама, шарт, бас тарту мен орын тексерілуде...</translation>
    </message>
    <message>
        <source>Nothing was changed behind the journal&apos;s back: %1.</source>
        <translation>Журналды айналып өтіп ештеңе өзгертілмеген: %1.</translation>
    </message>
    <message>
        <source>The store was changed outside the program:</source>
        <translation>Қойма бағдарламадан тыс өзгертілген:</translation>
    </message>
    <message>
        <source>Verif&amp;y</source>
        <translation>Текс&amp;еру</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s chain is whole and that no application, direction, contract, refusal or place was changed outside the program</source>
        <translation>Журнал тізбегінің тұтастығын және ешбір өтініш, жолдама, шарт, бас тарту не орын бағдарламадан тыс өзгертілмегенін тексеру</translation>
    </message>
    <message>
        <source>Only the head or the administrator can change these settings. You can see them and choose your interface language.</source>
        <translation>Бұл баптауларды тек балабақша басшысы немесе әкімші өзгерте алады. Сіз оларды көре аласыз және интерфейс тілін таңдай аласыз.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Әкімшіні тіркеу</translation>
    </message>
    <message numerus="yes">
        <source>This desk has no users yet. Create the administrator&apos;s account: the administrator adds the other users in Settings. The password needs at least %n characters.</source>
        <translation>
            <numerusform>Бұл жұмыс орнында әлі пайдаланушы жоқ. Әкімшіні тіркеңіз: қалған пайдаланушыларды әкімші Баптаулар бөлімінде қосады. Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Бұл жұмыс орнында әлі пайдаланушы жоқ. Әкімшіні тіркеңіз: қалған пайдаланушыларды әкімші Баптаулар бөлімінде қосады. Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Sign in with your login and password.</source>
        <translation>Логин мен құпиясөзіңізді енгізіп кіріңіз.</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Жұмыс орны бұғатталды</translation>
    </message>
    <message>
        <source>The desk was locked after a time without use. %1, type your password to go on, or sign out so that another person can sign in.</source>
        <translation>Біраз уақыт қолданылмағандықтан жұмыс орны бұғатталды. %1, жалғастыру үшін құпиясөзіңізді енгізіңіз немесе басқа адам кіре алуы үшін шығыңыз.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Т.А.Ә.:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Бағдарламадан шығу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Бұл пайдаланушы өшірілген. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock.</source>
        <translation>Логин немесе құпиясөз қате. Пернетақта тілін және Caps Lock пернесін тексеріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n seconds before the next one.</source>
        <translation>
            <numerusform>Сәтсіз әрекет тым көп: келесі әрекетке дейін %n секунд күтіңіз.</numerusform>
            <numerusform>Сәтсіз әрекет тым көп: келесі әрекетке дейін %n секунд күтіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreVerification</name>
    <message>
        <source>Application %1</source>
        <translation>Өтініш %1</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>Жолдама %1</translation>
    </message>
    <message>
        <source>Service session %1</source>
        <translation>Қызмет көрсету сеансы %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Шарт %1</translation>
    </message>
    <message>
        <source>Refusal %1</source>
        <translation>Бас тарту %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Орын %1</translation>
    </message>
    <message>
        <source>which fields cannot be told</source>
        <translation>қай өрістер екені белгісіз</translation>
    </message>
    <message>
        <source>%1 (%2) was changed outside the program: %3.</source>
        <translation>%1 (%2) бағдарламадан тыс өзгертілген: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) was written outside the program: it has no seal.</source>
        <translation>%1 (%2) бағдарламадан тыс жазылған: оның мөрі жоқ.</translation>
    </message>
    <message>
        <source>%1 (%2) had been changed outside the program before it was saved again: %3.</source>
        <translation>%1 (%2) қайта сақталар алдында бағдарламадан тыс өзгертілген болатын: %3.</translation>
    </message>
    <message>
        <source>intact (%1 entries, %2 rows checked)</source>
        <translation>бұзылмаған (журнал жазбалары: %1, тексерілген жолдар: %2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>және тағы %1</translation>
    </message>
    <message>
        <source>The journal no longer holds entry %1 as the queue server acknowledged it: the desk&apos;s history was rewritten.</source>
        <translation>Журналда кезек сервері растаған %1-жазба бұрынғы күйінде жоқ: қабылдау орнының тарихы қайта жазылған.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>No queue server is set: enter its address and the desk token in Settings.</source>
        <translation>Кезек сервері көрсетілмеген: оның мекенжайы мен қабылдау орнының токенін «Баптаулар» бөлімінде енгізіңіз.</translation>
    </message>
    <message>
        <source>The queue server cannot be reached: check the network and the server address. Work goes on offline.</source>
        <translation>Кезек серверіне қосылу мүмкін емес: желіні және сервер мекенжайын тексеріңіз. Жұмыс желісіз жалғасады.</translation>
    </message>
    <message>
        <source>The secure connection to the queue server failed (certificate): tell the administrator.</source>
        <translation>Кезек серверімен қорғалған байланыс орнамады (сертификат): әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The queue server did not answer in time. Work goes on offline; the desk will try again.</source>
        <translation>Кезек сервері уақытында жауап бермеді. Жұмыс желісіз жалғасады; қабылдау орны қосылуды қайталап көреді.</translation>
    </message>
    <message>
        <source>The queue server did not accept the desk token (wrong or revoked): ask the administrator for a new one.</source>
        <translation>Кезек сервері қабылдау орнының токенін қабылдамады (қате немесе күші жойылған): әкімшіден жаңасын сұраңыз.</translation>
    </message>
    <message>
        <source>The queue server is older than this program: the server must be updated.</source>
        <translation>Кезек сервері бұл бағдарламадан ескі: серверді жаңарту қажет.</translation>
    </message>
    <message>
        <source>The queue server is newer than this program: update Qabyldau on this desk.</source>
        <translation>Кезек сервері бұл бағдарламадан жаңа: осы қабылдау орнындағы Qabyldau бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>The queue server reported a problem; the desk will try again.</source>
        <translation>Кезек сервері ақау туралы хабарлады; қабылдау орны қосылуды қайталап көреді.</translation>
    </message>
    <message>
        <source>The queue server sent an answer this desk cannot read; nothing of it was saved.</source>
        <translation>Кезек сервері осы қабылдау орны оқи алмайтын жауап жіберді; одан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The local store could not be written; nothing was lost on the server.</source>
        <translation>Жергілікті қоймаға жазу мүмкін болмады; серверде ештеңе жоғалған жоқ.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Назар аударуды қажет етеді (%1)</translation>
    </message>
    <message>
        <source>Commands the queue server refused: open the list to see why and what to do</source>
        <translation>Кезек сервері қабылдамаған командалар: себебін және не істеу керегін көру үшін тізімді ашыңыз</translation>
    </message>
    <message>
        <source>Offline — no server set.</source>
        <translation>Желіден тыс — сервер көрсетілмеген.</translation>
    </message>
    <message>
        <source>Settings → Connection</source>
        <translation>Баптаулар → Кезек серверіне қосылу</translation>
    </message>
    <message>
        <source>This desk works on its own until a queue server and a desk token are saved.</source>
        <translation>Кезек сервері мен қабылдау орнының токені сақталғанға дейін бұл қабылдау орны дербес жұмыс істейді.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <source>received %1 of %2</source>
        <translation>%2 ішінен %1 алынды</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>шамамен %n мин қалды</numerusform>
            <numerusform>шамамен %n мин қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>бір минуттан аз қалды</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting</source>
        <translation>
            <numerusform>%n команда күтуде</numerusform>
            <numerusform>%n команда күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>соңғы синхрондау: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>әлі синхрондалмаған</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>the server sent an unreadable queue row %1</source>
        <translation>сервер оқылмайтын кезек жолын жіберді (%1)</translation>
    </message>
    <message>
        <source>the server sent an unreadable application %1: %2</source>
        <translation>сервер оқылмайтын өтінішті жіберді (%1): %2</translation>
    </message>
    <message>
        <source>the server sent an unreadable direction %1: %2</source>
        <translation>сервер оқылмайтын жолдаманы жіберді (%1): %2</translation>
    </message>
    <message>
        <source>the server sent an unreadable place %1: %2</source>
        <translation>сервер оқылмайтын орынды жіберді (%1): %2</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>may sign in</source>
        <translation>кіре алады</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Қо&amp;су</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Пайдаланушы &amp;қосу…</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Рөлді &amp;беру</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Жаңа құпиясөз…</translation>
    </message>
    <message>
        <source>Lock the desk after this many minutes without use:</source>
        <translation>Жұмыс орны қанша минут қолданылмаса бұғатталады:</translation>
    </message>
</context>
<context>
    <name>VacanciesPage</name>
    <message>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <source>other language</source>
        <translation>басқа тіл</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>freed on %1</source>
        <translation>%1 босады</translation>
    </message>
    <message>
        <source>not yet freed</source>
        <translation>әлі босамаған</translation>
    </message>
    <message>
        <source>restricted days</source>
        <translation>бару күндері шектелген</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>бару күндері: %1</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Жергілікті қойма ашылмаған.</translation>
    </message>
    <message>
        <source>The places could not be read: %1</source>
        <translation>Орындарды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>әлі расталмаған</translation>
    </message>
    <message>
        <source>Waiting for the queue server: the change goes out with the next sync.</source>
        <translation>Кезек серверін күтуде: өзгеріс келесі синхрондау кезінде жіберіледі.</translation>
    </message>
    <message>
        <source>No places with this status. Choose &quot;All&quot; to see every place.</source>
        <translation>Бұл мәртебедегі орындар жоқ. Барлық орынды көру үшін «Барлығы» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Орындар: %1</translation>
    </message>
    <message>
        <source>Place published in group %1. It goes to the queue server with the next sync.</source>
        <translation>%1 тобындағы орын жарияланды. Ол келесі синхрондау кезінде кезек серверіне жіберіледі.</translation>
    </message>
    <message>
        <source>Place in group %1 marked freed on %2.</source>
        <translation>%1 тобындағы орын %2 босады деп белгіленді.</translation>
    </message>
    <message>
        <source>Not marked: %1</source>
        <translation>Белгіленбеді: %1</translation>
    </message>
    <message>
        <source>Place in group %1 withdrawn. It goes into today&apos;s bulletin of withdrawn places.</source>
        <translation>%1 тобындағы орын кері қайтарып алынды. Ол бүгінгі кері қайтарылып алынған орындар бюллетеніне енеді.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Кері қайтарылмады: %1</translation>
    </message>
    <message>
        <source>Place freed</source>
        <translation>Орын босады</translation>
    </message>
    <message>
        <source>The place in group %1 was published for early booking. On which day was it actually freed? A direction to it starts counting from then.</source>
        <translation>%1 тобындағы орын ерте брондау үшін жарияланған. Ол нақты қай күні босады? Осы орынға берілген жолдаманың мерзімі сол күннен бастап есептеледі.</translation>
    </message>
    <message>
        <source>&amp;Freed on:</source>
        <translation>Босаған &amp;күні:</translation>
    </message>
    <message>
        <source>Withdraw the place</source>
        <translation>Орынды кері қайтарып алу</translation>
    </message>
    <message>
        <source>Withdraw the place in group %1 (born %2 – %3)? It will no longer be given to anyone and goes into today&apos;s bulletin of withdrawn places.</source>
        <translation>%1 тобындағы орынды (%2 – %3 аралығында туғандарға) кері қайтарып аласыз ба? Ол енді ешкімге берілмейді және бүгінгі кері қайтарылып алынған орындар бюллетеніне енеді.</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>The bulletin cannot be made: %1</source>
        <translation>Бюллетеньді жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s free places. Each published place goes to the queue system, which gives it to the first child in order; a place no direction holds can be withdrawn. Both go into the daily bulletins.</source>
        <translation>Осы балабақшаның бос орындары. Жарияланған әр орын кезектілікті басқару жүйесіне жіберіледі, ол орынды кезектегі бірінші балаға береді; жолдама берілмеген орынды кері қайтарып алуға болады. Екеуі де күнделікті бюллетеньдерге енеді.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Children born</source>
        <translation>Туған күндері</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режимі</translation>
    </message>
    <message>
        <source>Admission starts</source>
        <translation>Қабылдау басталады</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>&amp;Bulletin:</source>
        <translation>Бю&amp;ллетень:</translation>
    </message>
    <message>
        <source>freed places</source>
        <translation>босаған орындар</translation>
    </message>
    <message>
        <source>withdrawn places</source>
        <translation>кері қайтарылып алынған орындар</translation>
    </message>
    <message>
        <source>f&amp;or day</source>
        <translation>кү&amp;ні</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>Күні, айы және жылы: КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжат т&amp;ілі:</translation>
    </message>
    <message>
        <source>No places published yet. Press &quot;Publish a place...&quot; when a place becomes free.</source>
        <translation>Әзірге бірде-бір орын жарияланбаған. Орын босағанда «Орын жариялау...» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>P&amp;ublish a place...</source>
        <translation>&amp;Орын жариялау...</translation>
    </message>
    <message>
        <source>&amp;Mark freed...</source>
        <translation>&amp;Босады деп белгілеу...</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>Кері &amp;қайтарып алу...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Басып &amp;шығару...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>P&amp;DF ретінде сақтау...</translation>
    </message>
    <message>
        <source>refused by the queue server</source>
        <translation>кезек сервері қабылдамады</translation>
    </message>
    <message>
        <source>The queue server refused this change: see &quot;Needs attention&quot; in the status bar.</source>
        <translation>Кезек сервері бұл өзгерісті қабылдамады: күй жолағындағы «Назар аударуды қажет етеді» жазуын басыңыз.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s verification code was not recorded: %1</source>
        <translation>Бюллетеньнің тексеру коды жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>the folder cannot be read</source>
        <translation>буманы оқу мүмкін емес</translation>
    </message>
    <message>
        <source>another file of the folder already gives %1</source>
        <translation>%1 жыл бумадағы басқа файлда бұрыннан бар</translation>
    </message>
</context>
</TS>
