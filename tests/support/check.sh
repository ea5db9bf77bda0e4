# The one check helper of the shell tests (sourced): check "description" command...; counts in
# $passes and $failures and names each failure. End a test with check_einde.
failures=0
passes=0

check() {  # check "description" condition...
  local description=$1
  shift
  if "$@"; then
    passes=$((passes + 1))
  else
    echo "MISLUKT: $description"
    failures=$((failures + 1))
  fi
}

check_einde() {  # prints the counts; the test's exit status
  echo "$passes passed, $failures failed"
  test "$failures" -eq 0
}
