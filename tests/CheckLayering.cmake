# Fails when core/ or server/ includes a Qt Gui, Widgets or PrintSupport header (DESIGN 2: the
# core and the server never depend on a display). Run by CTest as `core_layering`.
foreach(dir IN ITEMS "${CORE_DIR}" "${SERVER_DIR}")
    file(GLOB_RECURSE files "${dir}/*.h" "${dir}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<Qt(Gui|Widgets|PrintSupport)/|^[ \t]*#[ \t]*include[ \t]*<Q(Widget|Application|Painter|Pixmap|Image|Font|TextDocument|PdfWriter|Printer)>")
        if(includes)
            message(SEND_ERROR "${file} includes a display header: ${includes}")
        endif()
    endforeach()
endforeach()

file(READ "${CORE_DIR}/CMakeLists.txt" core_cmake)
if(core_cmake MATCHES "Qt6::(Gui|Widgets|PrintSupport)")
    message(SEND_ERROR "core/CMakeLists.txt links a display library")
endif()
