#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small mutation check: do the tests notice when the code is wrong?

Copies the committed tree (git archive HEAD; --worktree for the files as
they are now) to a work folder, builds it once in a build folder kept
there, then for each mutant below changes one place in one file, rebuilds
(ninja recompiles that file and relinks), runs the meson tests that
should catch it and puts the file back. A mutant that every one of its
tests passes has survived: a real bug of that kind would go unnoticed.

    tests/bench/mutate.py                  # all mutants (about 15 minutes on 2 cores once built)
    tests/bench/mutate.py --only outbox-uncertain,email-sent-search
    tests/bench/mutate.py --check          # only check that every mutant applies

Not part of `meson test`. Exit status 0 when every mutant was killed,
1 when one survived, 2 when the unmutated tree fails its tests or a
mutant no longer applies (the code moved: update its "find").
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))

# Each mutant: one change a plausible bug would make. "find" must occur
# exactly once in "file"; "tests" are meson test names that should fail.
MUTANTS = [
    # Outbox (src/core/sync/fd-outbox.c)
    dict(id="outbox-uncertain", file="src/core/sync/fd-outbox.c",
         find="*uncertain = entry->state == FD_OUTBOX_SENDING;",
         replace="*uncertain = FALSE;",
         tests=["outbox", "email", "sync-crash"],
         why="an entry left 'sending' by a crash is sent again without looking first"),
    dict(id="outbox-order", file="src/core/sync/fd-outbox.c",
         find='"  AND p.id < o.id AND p.state != 2)"',
         replace='"  AND p.id < o.id AND p.state = 99)"',
         tests=["outbox", "sync-manager"],
         why="entries of one conversation no longer wait for the earlier ones"),
    dict(id="outbox-answered", file="src/core/sync/fd-outbox.c",
         find="    ok = mark_answered_by (self, entry->message_id, error);",
         replace="    ok = TRUE;",
         tests=["outbox", "email", "cli-commands"],
         why="a sent reply does not mark the customer's message answered"),
    dict(id="outbox-temporary-uncertain", file="src/core/sync/fd-outbox.c",
         find="          if (uncertain)\n            {\n              if (!fd_outbox_note_error",
         replace="          if (FALSE)\n            {\n              if (!fd_outbox_note_error",
         tests=["outbox", "sync-manager"],
         why="a temporary error on an uncertain entry makes it certain (pending)"),
    dict(id="outbox-permanent", file="src/core/sync/fd-outbox.c",
         find="        case FD_PROVIDER_ERROR_PERMANENT:\n        case FD_PROVIDER_ERROR_NOT_SUPPORTED:\n"
              "          /* This entry only: the others go on. */\n"
              "          return fd_outbox_mark_failed (self, entry, local_error->message, error);",
         replace="        case FD_PROVIDER_ERROR_PERMANENT:\n        case FD_PROVIDER_ERROR_NOT_SUPPORTED:\n"
                 "          /* This entry only: the others go on. */\n"
                 "          return fd_outbox_mark_pending (self, entry, local_error->message, error);",
         tests=["outbox", "email"],
         why="a reply the server refuses is retried forever instead of failing"),

    # Email (src/core/providers/email/)
    dict(id="email-sent-search", file="src/core/providers/email/fd-email-provider.c",
         find="  if (uncertain)\n    {\n      guint32 uid = 0;",
         replace="  if (FALSE && uncertain)\n    {\n      guint32 uid = 0;",
         tests=["email"],
         why="an uncertain reply is sent again without searching Sent for it"),
    dict(id="email-data-dropped", file="src/core/providers/email/fd-email-provider.c",
         find="        kind = FD_PROVIDER_ERROR_UNCERTAIN;",
         replace="        kind = FD_PROVIDER_ERROR_TEMPORARY;",
         tests=["email"],
         why="a connection lost after DATA counts as 'did not arrive'"),
    dict(id="email-no-sent-copy", file="src/core/providers/email/fd-email-provider.c",
         find="  if (!config->server_saves_sent && !append_to_sent (self, data, len, &append_error))",
         replace="  if (FALSE && !append_to_sent (self, data, len, &append_error))",
         tests=["email"],
         why="sent replies are not filed in Sent"),
    dict(id="email-in-reply-to", file="src/core/providers/email/fd-email-provider.c",
         find='      g_mime_object_set_header (GMIME_OBJECT (message), "In-Reply-To", parent, NULL);',
         replace="      (void) parent;",
         tests=["email"],
         why="replies lose In-Reply-To and do not thread"),
    dict(id="email-answered-flag", file="src/core/providers/email/fd-email-sync.c",
         find="          state = MAX (state, FD_MESSAGE_STATE_ANSWERED);",
         replace="          state = MAX (state, FD_MESSAGE_STATE_READ);",
         tests=["email"],
         why="\\Answered on the server is read as merely read"),

    # Mastodon (src/core/providers/mastodon/)
    dict(id="mastodon-idempotency", file="src/core/providers/mastodon/fd-mastodon-client.c",
         find='  if (idempotency_key != NULL)\n    soup_message_headers_replace (headers, "Idempotency-Key", idempotency_key);',
         replace='  if (FALSE)\n    soup_message_headers_replace (headers, "Idempotency-Key", idempotency_key);',
         tests=["mastodon"],
         why="a repeated post is not recognised by the server"),
    dict(id="mastodon-visibility", file="src/core/providers/mastodon/fd-mastodon.c",
         find="  return MAX (parent, public_choice);",
         replace="  return public_choice;",
         tests=["mastodon"],
         why="a reply can be more public than the post it answers"),

    # Repeats (src/core/repeats/)
    dict(id="repeats-verify", file="src/core/repeats/fd-repeats-meaning.c",
         find="      shares_band (keys_a, keys_b) && _fd_repeats_is_copy (&a->sig, &b->sig, FD_REPEATS_COPY_THRESHOLD))",
         replace="      shares_band (keys_a, keys_b))",
         tests=["repeats"],
         why="posts that share an LSH band count as near copies, unverified"),
    dict(id="repeats-length-ratio", file="src/core/repeats/fd-repeats-text.c",
         find="  if (longer == 0 || (double) shorter / longer < 0.6)",
         replace="  if (longer == 0)",
         tests=["repeats"],
         why="a quote with a new paragraph counts as a copy"),
    dict(id="repeats-follow-up", file="src/core/repeats/fd-repeats-meaning.c",
         find="      if (longest == later && shorter / longer < 0.6 &&",
         replace="      if (FALSE && longest == later && shorter / longer < 0.6 &&",
         tests=["repeats"],
         why="a post quoting an earlier one and adding to it counts as a repeat"),
    dict(id="repeats-window", file="src/core/repeats/fd-repeats.c",
         find="      ABS (entry->created_at - lookup->created_at) > FD_REPEATS_WINDOW)",
         replace="      ABS (entry->created_at - lookup->created_at) > 2 * FD_REPEATS_WINDOW)",
         tests=["repeats"],
         why="the same text two weeks apart counts as a repeat"),

    # Search filter and store
    dict(id="filter-negation", file="src/core/store/fd-filter.c",
         find="      if (*p == '-' && p[1] != '\\0' && !g_ascii_isspace (p[1]))",
         replace="      if (FALSE && *p == '-' && p[1] != '\\0' && !g_ascii_isspace (p[1]))",
         tests=["filter", "store"],
         why="-word no longer excludes the word"),
    dict(id="filter-unanswered", file="src/core/store/fd-store-query.c",
         find='      g_string_append (qb->sql, " AND m.direction = 0 AND m.state < 2");',
         replace='      g_string_append (qb->sql, " AND m.state < 2");',
         tests=["store", "filter", "cli"],
         why="our own replies show as unanswered"),
    dict(id="store-archived-shown", file="src/core/store/fd-store-query.c",
         find='    case FD_VIEW_ALL:\n      g_string_append (qb->sql, " AND m.state != 3");',
         replace='    case FD_VIEW_ALL:\n      g_string_append (qb->sql, " AND 1");',
         tests=["store", "cli"],
         why="archived messages stay in the inbox"),
    dict(id="store-dedupe", file="src/core/store/fd-store.c",
         find="  if (existing > 0)\n    {\n      if (out_id != NULL)\n        *out_id = existing;\n      return FD_INSERT_DUPLICATE;",
         replace="  if (existing > G_MAXINT64 - 1)\n    {\n      if (out_id != NULL)\n        *out_id = existing;\n      return FD_INSERT_DUPLICATE;",
         tests=["store", "importer", "cli"],
         why="a message already stored is not recognised"),

    # Import and export
    dict(id="importer-direction", file="src/core/ingest/fd-importer.c",
         find='      if (g_str_equal (str, "out"))\n        msg->direction = FD_DIRECTION_OUT;',
         replace='      if (g_str_equal (str, "out"))\n        msg->direction = FD_DIRECTION_IN;',
         tests=["importer", "cli", "export-golden"],
         why="imported replies become customers' messages"),
    dict(id="importer-maildir-flags", file="src/core/ingest/fd-importer.c",
         find='  if (strstr (basename, ":2,") != NULL)',
         replace="  if (FALSE)",
         tests=["importer", "cli"],
         why="Maildir flags (seen, replied) are ignored"),
    dict(id="export-charset", file="src/core/formats/fd-exporter.c",
         find='  g_mime_text_part_set_charset (body, "utf-8");',
         replace="  (void) body;",
         tests=["export-golden", "cli"],
         why="mbox texts do not say their charset"),
    dict(id="export-recipient", file="src/core/formats/fd-exporter.c",
         find="  set_header (object, FD_MAIL_HEADER_RECIPIENT, fd_message_get_recipient (message));",
         replace="",
         tests=["export-golden", "cli"],
         why="the handle a reply went to is lost in an mbox round trip"),
    dict(id="export-from-lines", file="src/core/formats/fd-exporter.c",
         find="                                      ? GMIME_CONTENT_ENCODING_BASE64",
         replace="                                      ? GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE",
         tests=["export-golden", "cli"],
         why="a text with a line starting 'From ' is mangled in mbox"),

    # Language
    dict(id="language-hint", file="src/core/language/fd-language.c",
         find="      if (idx < 0 || scores[idx] - scores[best] <= HINT_MARGIN)",
         replace="      if (idx < 0)",
         tests=["language", "cli-commands"],
         why="the channel's language hint loses to a noisy guess"),
    dict(id="language-short-text", file="src/core/language/fd-language.c",
         find="  if (gap < (n_letters < SHORT_LETTERS ? MIN_GAP * SHORT_FACTOR : MIN_GAP))",
         replace="  if (gap < 0)",
         tests=["language"],
         why="two words are given a language with false confidence"),
    dict(id="language-prior", file="src/core/language/fd-language.c",
         find="      scores[idx] - scores[best] <= PRIOR_MARGIN)",
         replace="      scores[idx] - scores[best] <= 0)",
         tests=["language"],
         why="a customer's usual language never decides a close call"),

    # Command line
    dict(id="cli-usage-status", file="src/cli/fd-cli.c",
         find="  return 2;\n}",
         replace="  return 1;\n}",
         tests=["cli", "cli-commands"],
         why="usage errors exit 1 like failures"),
]


def log(message):
    print(message, flush=True)


def copy_tree(dest, worktree):
    """Puts the sources in @dest, rewriting only files that changed, so
    that the build folder next to it stays incremental between runs."""
    with tempfile.TemporaryDirectory() as staging:
        if worktree:
            files = subprocess.run(["git", "-C", SOURCE, "ls-files", "-z", "--cached", "--others",
                                    "--exclude-standard"], check=True, capture_output=True).stdout
            for name in filter(None, files.decode().split("\0")):
                path = os.path.join(SOURCE, name)
                if os.path.isfile(path):
                    os.makedirs(os.path.dirname(os.path.join(staging, name)), exist_ok=True)
                    shutil.copy2(path, os.path.join(staging, name))
        else:
            archive = subprocess.run(["git", "-C", SOURCE, "archive", "HEAD"], check=True,
                                     capture_output=True).stdout
            with tempfile.TemporaryFile() as tar:
                tar.write(archive)
                tar.seek(0)
                tarfile.open(fileobj=tar).extractall(staging)

        wanted = set()
        for root, _dirs, names in os.walk(staging):
            for name in names:
                rel = os.path.relpath(os.path.join(root, name), staging)
                wanted.add(rel)
                src, dst = os.path.join(staging, rel), os.path.join(dest, rel)
                with open(src, "rb") as f:
                    data = f.read()
                if os.path.exists(dst):
                    with open(dst, "rb") as f:
                        if f.read() == data:
                            continue
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                with open(dst, "wb") as f:
                    f.write(data)
                shutil.copymode(src, dst)
        for root, _dirs, names in os.walk(dest):
            for name in names:
                rel = os.path.relpath(os.path.join(root, name), dest)
                if rel not in wanted:
                    os.unlink(os.path.join(root, name))


def build(build_dir, log_path):
    with open(log_path, "w") as out:
        return subprocess.run(["ninja", "-C", build_dir, "-j", "2"], stdout=out,
                              stderr=subprocess.STDOUT).returncode == 0


def introspect_tests(build_dir):
    data = subprocess.run(["meson", "introspect", "--tests", build_dir], check=True,
                          capture_output=True, text=True).stdout
    return {t["name"]: t for t in json.loads(data)}


def run_test(test, log_path, timeout_factor):
    """Runs one meson test as meson would, in a session of its own, and
    ends whatever it left running (a test that aborts leaves its servers).
    Returns "pass", "fail" or "timeout"."""
    env = dict(os.environ)
    env.update(test.get("env") or {})
    timeout = (test.get("timeout") or 30) * timeout_factor
    with open(log_path, "w") as out:
        proc = subprocess.Popen(test["cmd"], cwd=test.get("workdir") or None, env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            status = proc.wait(timeout=timeout)
            result = "pass" if status == 0 else "fail"
        except subprocess.TimeoutExpired:
            result = "timeout"
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
    return result


def apply(src_dir, mutant):
    path = os.path.join(src_dir, mutant["file"])
    if not os.path.exists(path):
        return None, "file not found"
    with open(path, encoding="utf-8") as f:
        text = f.read()
    count = text.count(mutant["find"])
    if count != 1:
        return None, "“find” occurs %d times" % count
    return text, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", default=os.path.join(HERE, "out", "mutation"),
                        help="work folder (default tests/bench/out/mutation)")
    parser.add_argument("--worktree", action="store_true",
                        help="the files as they are now instead of HEAD")
    parser.add_argument("--only", help="comma-separated mutant ids")
    parser.add_argument("--check", action="store_true", help="only check that every mutant applies")
    parser.add_argument("--timeout-factor", type=float, default=1.0,
                        help="multiplies each test's meson timeout (default 1)")
    args = parser.parse_args()

    mutants = MUTANTS
    if args.only:
        ids = args.only.split(",")
        unknown = set(ids) - {m["id"] for m in MUTANTS}
        if unknown:
            sys.exit("unknown mutants: %s" % ", ".join(sorted(unknown)))
        mutants = [m for m in MUTANTS if m["id"] in ids]

    src_dir = os.path.join(args.work, "src")
    build_dir = os.path.join(args.work, "build")
    logs = os.path.join(args.work, "logs")
    os.makedirs(src_dir, exist_ok=True)
    os.makedirs(logs, exist_ok=True)
    copy_tree(src_dir, args.worktree)

    broken = [(m["id"], why) for m in mutants for _text, why in [apply(src_dir, m)] if why]
    for mutant_id, why in broken:
        log("%-28s does not apply: %s" % (mutant_id, why))
    if args.check or broken:
        log("%d mutants, %d do not apply" % (len(mutants), len(broken)))
        return 2 if broken else 0

    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        subprocess.run(["meson", "setup", build_dir, src_dir, "-Dbuildtype=debug", "-Dgui=false",
                        "-Dwerror=false"], check=True, stdout=subprocess.DEVNULL)

    start = time.monotonic()
    if not build(build_dir, os.path.join(logs, "build-original.log")):
        log("The unmutated tree does not build: see %s" % os.path.join(logs, "build-original.log"))
        return 2
    tests = introspect_tests(build_dir)
    needed = sorted({t for m in mutants for t in m["tests"]})
    missing = [t for t in needed if t not in tests]
    if missing:
        log("No such meson tests: %s" % ", ".join(missing))
        return 2

    # The tests must pass on the unmutated tree, or a failure proves nothing.
    for name in needed:
        result = run_test(tests[name], os.path.join(logs, "original-%s.log" % name), args.timeout_factor)
        log("original  %-16s %s" % (name, result))
        if result != "pass":
            log("The unmutated tree fails %s: see %s" % (name, os.path.join(logs, "original-%s.log" % name)))
            return 2

    results = []
    for mutant in mutants:
        path = os.path.join(src_dir, mutant["file"])
        original, _ = apply(src_dir, mutant)
        t0 = time.monotonic()
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.replace(mutant["find"], mutant["replace"], 1))
            if not build(build_dir, os.path.join(logs, "build-%s.log" % mutant["id"])):
                outcome, caught = "did not build", []
            else:
                caught = []
                for name in mutant["tests"]:
                    result = run_test(tests[name], os.path.join(logs, "%s-%s.log" % (mutant["id"], name)),
                                      args.timeout_factor)
                    if result != "pass":
                        caught.append("%s (%s)" % (name, result))
                outcome = "killed" if caught else "SURVIVED"
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
        seconds = time.monotonic() - t0
        results.append(dict(id=mutant["id"], outcome=outcome, caught_by=caught, tests=mutant["tests"],
                            why=mutant["why"], seconds=round(seconds, 1)))
        log("%-28s %-13s %5.0f s  %s" % (mutant["id"], outcome, seconds,
                                        ", ".join(caught) if caught else "tests: " + ", ".join(mutant["tests"])))

    # Leave the build matching the sources.
    build(build_dir, os.path.join(logs, "build-original.log"))

    survivors = [r for r in results if r["outcome"] == "SURVIVED"]
    killed = [r for r in results if r["outcome"] == "killed"]
    with open(os.path.join(args.work, "report.json"), "w") as f:
        json.dump(results, f, indent=2)
    log("")
    log("%d mutants: %d killed, %d survived, %d did not build; %.0f minutes"
        % (len(results), len(killed), len(survivors), len(results) - len(killed) - len(survivors),
           (time.monotonic() - start) / 60))
    for r in survivors:
        log("  survived: %s — %s (tests: %s)" % (r["id"], r["why"], ", ".join(r["tests"])))
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
