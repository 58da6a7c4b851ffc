"""Runs `kgi extract --json` once over many texts (one JVM), for the scorers of this folder (standard library only)."""
import glob, json, os, shutil, subprocess, sys, tempfile


def find_java(explicit=None):
    """A java of JDK 21+ (kgi needs it): the one given, a JDK 25 under /usr/lib/jvm, JAVA_HOME's, else the PATH's."""
    if explicit:
        return explicit
    for d in sorted(glob.glob("/usr/lib/jvm/*25*")):
        j = os.path.join(d, "bin", "java")
        if os.access(j, os.X_OK):
            return j
    jh = os.environ.get("JAVA_HOME")
    if jh and os.access(os.path.join(jh, "bin", "java"), os.X_OK):
        return os.path.join(jh, "bin", "java")
    return shutil.which("java") or "java"


def extract(jar, texts, java=None, keep=None, suffix=".txt"):
    """texts: {id: file content}, written as <id><suffix> (.txt; .md for Markdown with front matter). Returns
    ({id: extraction}, stderr); exits when the extractor fails."""
    tmp = keep or tempfile.mkdtemp(prefix="kgi-eval-")
    os.makedirs(tmp, exist_ok=True)
    try:
        files = []
        for i, text in texts.items():
            p = os.path.join(tmp, i + suffix)
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
            files.append(p)
        proc = subprocess.run([find_java(java), "-jar", jar, "extract", "--json"] + files,
                              capture_output=True, text=True, encoding="utf-8")
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            sys.exit("extractor failed with exit code %d" % proc.returncode)
        out = {}
        for line in proc.stdout.splitlines():
            line = line.strip()
            if line.startswith("{"):
                doc = json.loads(line)
                out[os.path.splitext(os.path.basename(str(doc.get("id", ""))))[0]] = doc
        return out, proc.stderr
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
