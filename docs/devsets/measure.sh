#!/usr/bin/env bash
# Measures Tilik against every gold the team keeps: the sample articles' seeds, the findings fixtures
# and the development sets of real coverage (whose article folders must be rebuilt first: README.md here).
#
#   docs/devsets/measure.sh [JAR] [set...]     (from the repository's top folder)
#
# JAR defaults to target/tilik.jar. Sets: seeds troops shells flood, or any folder name under docs/devsets
# (default: all). One line per set: statements found, right speaker, party, stance, topic, boilerplate read
# as statements, musts found, traps flagged, precision, recall, contradiction flags per article. The verbose
# evaluation of each set goes to ${TMPDIR:-/tmp}/eval-<set>.txt. A set whose articles are missing is skipped.
set -u
cd "$(dirname "$0")/../.." || exit 2
jar=target/tilik.jar
if [ $# -gt 0 ] && [ "${1%.jar}" != "$1" ]; then jar=$1; shift; fi
[ -f "$jar" ] || { echo "measure: no $jar (mvn -q package -DskipTests first)" >&2; exit 2; }
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  sets=(seeds troops shells flood)
  for d in docs/devsets/*/; do sets+=("$(basename "$d")"); done
fi
F=src/test/resources/fixtures
mkdir -p "${TMPDIR:-/tmp}"
row='%-28s %-9s %-8s %-8s %-8s %-8s %-4s %-6s %-6s %-10s %-10s %s\n'
printf "$row" set found speaker party stance topic bp must traps precision recall flags/art
for s in "${sets[@]}"; do
  case $s in
    seeds) g=src/test/resources/gold/seeds.json; d=articles;;
    troops) g=$F/findings-troops-id/gold.json; d=$F/findings-troops-id;;
    shells) g=$F/findings-shells-en/gold.json; d=$F/findings-shells-en;;
    flood) g=$F/flood-any/gold.json; d=$F/flood-any;;
    *) g=docs/devsets/$s/gold.json; d=docs/devsets/$s/articles;;
  esac
  if [ ! -d "$d" ]; then printf '%-28s (no articles: rebuild %s)\n' "$s" "$d"; continue; fi
  out=${TMPDIR:-/tmp}/eval-$s.txt
  java -jar "$jar" eval --no-cache --verbose --gold "$g" "$d" > "$out" 2>&1
  f() { grep -m1 "^$1" "$out" | sed -E "s/^$1 *//" | awk '{print $1}'; }
  printf "$row" "$s" "$(f 'statements found')" "$(f 'speaker accuracy')" "$(f 'party accuracy')" \
    "$(f 'stance accuracy')" "$(f 'topic accuracy')" "$(f 'boilerplate stmts')" "$(f 'must found')" \
    "$(f 'should_not violated')" "$(f precision)" "$(f recall)" "$(f 'flags per article')"
done
