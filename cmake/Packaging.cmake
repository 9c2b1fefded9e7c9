# Installation beside the programs (desktop entry, icons, AppStream metadata, man pages, reference
# docs) and the Debian package: `cmake --build build --target package` writes
# build/qabyldau_<version>_amd64.deb (issue 13 item 8). The programs' own install() rules are in
# app/ and server/. Translations, document templates, fonts and calendars are compiled into the
# programs, so nothing else is installed. tests/package builds the package and checks it.
include(GNUInstallDirs)

# The reverse-DNS id names the desktop entry, the AppStream component and the icon alike, as
# the freedesktop.org specifications ask.
set(QABYLDAU_APP_ID "kz.qabyldau.Qabyldau")
set(packaging_dir "${PROJECT_SOURCE_DIR}/packaging")

# qt_standard_project_setup() gives every program an install rpath of $ORIGIN and
# $ORIGIN/../lib, for projects that install libraries of their own. Ours link only the system's
# libraries (/usr/lib), and Debian policy forbids a needless rpath.
set_target_properties(qabyldau qabyldau-cli qabyldau-server PROPERTIES INSTALL_RPATH "")

install(FILES "${packaging_dir}/${QABYLDAU_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${packaging_dir}/${QABYLDAU_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${packaging_dir}/icons/${QABYLDAU_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
# PNGs rendered once from the SVG (rsvg-convert -w N -h N) for desktops and software centres that
# want a bitmap.
foreach(size 48 64 128 256)
    install(FILES "${packaging_dir}/icons/${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${QABYLDAU_APP_ID}.png")
endforeach()

# Man pages with the version filled in, gzipped as Debian policy asks (-n: no name or time stamp
# in the header, so the same page gives the same bytes). Done while configuring, which runs
# again whenever a page changes (configure_file watches it): the build itself has nothing to do.
set(man_pages "")
foreach(page qabyldau qabyldau-cli qabyldau-server)
    configure_file("${packaging_dir}/man/${page}.1" "${PROJECT_BINARY_DIR}/man/${page}.1" @ONLY)
    execute_process(COMMAND gzip -9n -c "${PROJECT_BINARY_DIR}/man/${page}.1"
        OUTPUT_FILE "${PROJECT_BINARY_DIR}/man/${page}.1.gz"
        COMMAND_ERROR_IS_FATAL ANY)
    list(APPEND man_pages "${PROJECT_BINARY_DIR}/man/${page}.1.gz")
endforeach()
install(FILES ${man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# The package's changelog (Debian policy 12.7: a native package's changelog.gz), gzipped alike.
# Its first entry's version is the package's: tests/package checks that they agree, so a new
# version needs its entry.
configure_file("${packaging_dir}/changelog" "${PROJECT_BINARY_DIR}/changelog" COPYONLY)
execute_process(COMMAND gzip -9n -c "${PROJECT_BINARY_DIR}/changelog"
    OUTPUT_FILE "${PROJECT_BINARY_DIR}/changelog.gz"
    COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${PROJECT_BINARY_DIR}/changelog.gz" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/qabyldau")

# The full references the man pages point to.
install(FILES
        "${PROJECT_SOURCE_DIR}/docs/cli.md"
        "${PROJECT_SOURCE_DIR}/docs/server.md"
        "${PROJECT_SOURCE_DIR}/docs/server-http.md"
        "${PROJECT_SOURCE_DIR}/docs/api.md"
        "${PROJECT_SOURCE_DIR}/docs/calendar-format.md"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/qabyldau")

# The Debian package. dpkg-shlibdeps (dpkg-dev) finds the shared libraries the programs link
# (Qt 6, OpenSSL, libstdc++); what Qt loads at run time as a plugin it cannot see, so the SQLite
# driver (every store) is named here.
set(QABYLDAU_PACKAGE_MAINTAINER "Qabyldau developers <qabyldau@localhost>"
    CACHE STRING "The Maintainer field of the Debian package: whoever builds it for distribution")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "qabyldau")
set(CPACK_PACKAGE_VENDOR "Qabyldau developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${QABYLDAU_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reception desk of a kindergarten in Kazakhstan, and its queue server")
# One string (not a list of lines: CMake would join them with ';'), wrapped under 80 columns as
# Debian policy asks; CPack indents it for the control file, an empty line becoming " .".
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Qabyldau is the office application of a kindergarten's reception desk in\n"
    "Kazakhstan: applications to the queue, directions valid five working days,\n"
    "the document checklist, contracts and reasoned refusals, complaints and\n"
    "registers, printed in Kazakh and Russian, under the Rules for state services\n"
    "in preschool education.\n"
    "\n"
    "This package contains the desk app (qabyldau), its console tool\n"
    "(qabyldau-cli) and the region's queue server (qabyldau-server) that the\n"
    "desks sync with.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_NAME "qabyldau")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${QABYLDAU_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own dialogs in Russian (qtbase_ru.qm) and a font with every Kazakh letter for the screen.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
# The queue server on PostgreSQL (docs/server.md).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
