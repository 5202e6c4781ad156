# Run by `cmake --install` (and CPack): installs the man pages with their examples pointing at the
# installed examples. The pages are made from `--help`, whose examples name the repository's
# scenarios/ folder (tests/run_help_examples.sh runs them there); an installed user has
# PREFIX/share/doc/veedor/examples/ instead. Set by the caller: VEEDOR_MAN_PAGES (the made pages),
# VEEDOR_MAN_DEST and VEEDOR_EXAMPLES_DIR (relative to the prefix unless absolute).
if(IS_ABSOLUTE "${VEEDOR_EXAMPLES_DIR}")
  set(examples "${VEEDOR_EXAMPLES_DIR}")
else()
  set(examples "${CMAKE_INSTALL_PREFIX}/${VEEDOR_EXAMPLES_DIR}")
endif()
set(staged "${VEEDOR_MAN_PAGES}/installed")
file(REMOVE_RECURSE "${staged}")
file(MAKE_DIRECTORY "${staged}")
file(GLOB pages "${VEEDOR_MAN_PAGES}/*.1")
set(made)
foreach(page IN LISTS pages)
  file(READ "${page}" text)
  # "scenarios/" that starts a word: a path in an example (help2man writes '-' as '\-' around it)
  string(REGEX REPLACE "(^|[ \n])scenarios/" "\\1${examples}/" text "${text}")
  get_filename_component(name "${page}" NAME)
  file(WRITE "${staged}/${name}" "${text}")
  list(APPEND made "${staged}/${name}")
endforeach()
file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${VEEDOR_MAN_DEST}" TYPE FILE FILES ${made})
