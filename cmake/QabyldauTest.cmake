# qabyldau_add_test(NAME SOURCES file... LIBRARIES lib... [ENVIRONMENT VAR=value...])
#
# Builds a Qt Test executable and registers it with CTest. Every test runs on the
# offscreen platform with a fixed locale, so results never depend on the machine's
# display or language; each gets its own HOME and XDG folders under the build tree
# so that settings and stores written by one test never leak into another.
function(qabyldau_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES} qabyldau_settings)
    add_test(NAME ${name} COMMAND ${name})
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
    file(MAKE_DIRECTORY "${home}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;TZ=Asia/Almaty;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;${ARG_ENVIRONMENT}")
endfunction()
