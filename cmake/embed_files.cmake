# embed_files(<out.cpp> NAMESPACE <ns> BASE <dir> FILES <files...>)
function(embed_files out)
  cmake_parse_arguments(EMBED "" "NAMESPACE;BASE" "FILES" ${ARGN})
  string(REPLACE ";" "|" files_arg "${EMBED_FILES}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${EMBED_NAMESPACE} -DBASE=${EMBED_BASE}
            "-DFILES=${files_arg}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake
    DEPENDS ${EMBED_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake
    COMMENT "Embedding files into ${out}"
    VERBATIM)
  # Generated data compiles on its own, outside the unity batches of its library.
  set_source_files_properties("${out}" PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endfunction()
