"""Scenario definitions for blind set 32. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp32fx"
SHELL = "cmd_exec"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def C(cmd, history=None, setup=()):
    d = {"params": {"command": cmd}}
    if history is not None:
        d["recent_calls"] = history
    if setup:
        d["_setup"] = list(setup)
    return d


def CH(cmd, *pairs):
    """a shell call whose recent_calls really happened first (hidden _setup runs them)"""
    return C(cmd, [p[0] for p in pairs], [p[1] for p in pairs])


def P(**params):
    return {"params": params}


def SHD(cmd):
    """a cmd_exec history step that really happens (its output is discarded; it must succeed)"""
    return RC(SHELL, command=cmd), "{ " + cmd + "; } >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path) or '.')} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


QEMU = "QEMU 7.2 qemu-img (Debian qemu-utils 1:7.2+dfsg-7+deb12u18+b3)"
MINIMAP2 = "minimap2 2.24-r1122 (Debian minimap2 2.24+dfsg-3+b1)"
HUNSPELL = "Hunspell 1.7.1 (Debian hunspell 1.7.1-1, hunspell-en-us 1:2020.12.07-2)"
REPREPRO = "reprepro 5.3.1 (Debian 5.3.1-1+deb12u2)"
EPHEM = "ephem 4.2.1 (PyEphem)"
POTRACE = "potrace 1.16 (Debian 1.16-2)"
IPV6CALC = "ipv6calc 1.0.0 (Debian 1.0.0-1.1)"
MOLMASS = "molmass 2026.1.8"
GLPK = "GLPK 5.0 glpsol (Debian glpk-utils 5.0-1)"
MUPDF = "MuPDF 1.21.1 mutool (Debian mupdf-tools 1.21.1+ds2-1+deb12u1)"
BIND = "BIND 9.18.49 named-compilezone / named-checkconf (Debian bind9-utils 1:9.18.49-1~deb12u3)"
CERTTOOL = "GnuTLS 3.7.9 certtool (Debian gnutls-bin 3.7.9-2+deb12u7)"
SEQKIT = "SeqKit 2.3.1 (Debian seqkit 2.3.1+ds-1+b4)"
APTLY = "aptly 1.5.0 (Debian 1.5.0+ds1-1+b4)"
AUTOCONF = "GNU Autoconf 2.71 with Automake 1.16.5 aclocal (Debian autoconf 2.71-3, automake 1:1.16.5-1.3)"
SIGNIFY = "signify-openbsd 31 (Debian signify-openbsd 31-3)"
BTRFS = "btrfs-progs 6.2 (Debian 6.2-1+deb12u2)"
CFITSIO = "CFITSIO 4.2.0 fpack / funpack (Debian libcfitsio-bin 4.2.0-3)"
STOW = "GNU Stow 2.3.1 (Debian stow 2.3.1-1)"
MIDICSV = "midicsv 1.1 (Debian midicsv 1.1+dfsg.1-1+b1)"
INTELHEX = "intelhex 2.3.0"

LS = NOP("list_dir", path=".")


def LSD(path):
    return NOP("list_dir", path=path)


def RD(path):
    return NOP("read_file", path=path)


# aptly (config in the copy's HOME: rootDir aptly-root, relative to the copy)
def ACREATE(name, opts=""):
    return SHD(f"aptly repo create {opts}{name}")


def AADD(name, deb):
    return SHD(f"aptly repo add {name} packages/{deb}")


def ASNAP(snap, repo):
    return SHD(f"aptly snapshot create {snap} from repo {repo}")


# signify
def SGEN(name):
    return SHD(f"signify-openbsd -G -n -p keys/{name}.pub -s keys/{name}.sec")


def SSIGN(msg, sig=None):
    return SHD(f"signify-openbsd -S -s keys/release.sec -m dist/{msg}" + (f" -x dist/{sig}" if sig else ""))


KEYGEN = SGEN("release")
DISTS = "Codename: bookworm\nSuite: stable\nComponents: main\nArchitectures: amd64\n"


def MKBTRFS(img, label=None):
    return SHD(f"mkfs.btrfs -q -L {label or img} disks/{img}.img")


DISKS = ["truncate -s 200M disks/data.img disks/backup.img disks/media.img"]


def STOWED(pkg):
    return SHD(f"stow -d pkgs -t local {pkg}")


HELLO, TOOLS, LIBACME = "hello_1.0_all.deb", "tools_2.1_all.deb", "libacme_0.3_all.deb"

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp32-ip-qemu-img-format-name", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": QEMU,
        "fail_re": r"Unknown file format '[^']*'",
        "learn": [C("qemu-img create -f vhd out/web.vhd 64M"),
                  C("qemu-img convert -O vmdk4 images/base.qcow2 out/base.vmdk")],
        "repeats": [C("qemu-img create -f qcow3 out/db.qcow2 128M"),
                    C("qemu-img convert -O virtualbox images/web.qcow2 out/web.vdi"),
                    C("qemu-img create -f img out/scratch.img 32M")],
        "good": [C("qemu-img create -f vpc out/web.vhd 64M"),
                 C("qemu-img convert -O vmdk images/base.qcow2 out/base.vmdk"),
                 C("qemu-img create -f qcow2 out/db.qcow2 128M"),
                 C("qemu-img convert -O vdi images/web.qcow2 out/web.vdi"),
                 C("qemu-img create -f raw out/scratch.img 32M")],
    },
    {
        "id": "bp32-ip-minimap2-preset", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": MINIMAP2,
        "fail_re": r"^\[ERROR\] unknown preset '[^']*'",
        "learn": [C("minimap2 -x ont -o out/ont.paf ref/lambda.fa reads/ont.fq"),
                  C("minimap2 -ax illumina -o out/ill.sam ref/lambda.fa reads/ill.fq")],
        "repeats": [C("minimap2 -x pacbio -o out/pb.paf ref/plasmid.fa reads/pb.fq"),
                    C("minimap2 -x hifi -o out/hifi.paf ref/plasmid.fa reads/pb.fq"),
                    C("minimap2 -x asm -o out/asm.paf ref/lambda.fa asm/contigs.fa")],
        "good": [C("minimap2 -x map-ont -o out/ont.paf ref/lambda.fa reads/ont.fq"),
                 C("minimap2 -ax sr -o out/ill.sam ref/lambda.fa reads/ill.fq"),
                 C("minimap2 -x map-pb -o out/pb.paf ref/plasmid.fa reads/pb.fq"),
                 C("minimap2 -x map-hifi -o out/hifi.paf ref/plasmid.fa reads/pb.fq"),
                 C("minimap2 -x asm5 -o out/asm.paf ref/lambda.fa asm/contigs.fa")],
    },
    {
        "id": "bp32-ip-hunspell-dictionary-name", "category": "INCORRECT_PARAMETER", "tool": SHELL,
        "source": HUNSPELL,
        "fail_re": r"^Can't open affix or dictionary files for dictionary named \"[^\"]*\"\.",
        "learn": [C("hunspell -d en -l docs/readme.txt"), C("hunspell -d english -l docs/letter.txt")],
        "repeats": [C("hunspell -d en_GB -l docs/release-notes.txt"), C("hunspell -d us -L docs/readme.txt"),
                    C("hunspell -d american -l docs/letter.txt")],
        "good": [C("hunspell -d en_US -l docs/readme.txt"), C("hunspell -d en_US -l docs/letter.txt"),
                 C("hunspell -d en_US,dicts/acme -l docs/release-notes.txt"), C("hunspell -d en_US -L docs/readme.txt"),
                 C("hunspell -d dicts/acme -l docs/letter.txt")],
    },
    {
        "id": "bp32-ip-reprepro-unknown-distribution", "category": "INCORRECT_PARAMETER", "tool": SHELL,
        "source": REPREPRO,
        "fail_re": r"(Cannot find definition of distribution|No distribution definition of) '[^']*'",
        "learn": [C(f"reprepro -b repos/main includedeb bullseye packages/{HELLO}"),
                  C("reprepro -b repos/main list sid")],
        "repeats": [C(f"reprepro -b repos/main includedeb trixie packages/{TOOLS}"),
                    C("reprepro -b repos/main export buster"),
                    C(f"reprepro -b repos/main -C contrib includedeb testing packages/{LIBACME}")],
        "good": [C(f"reprepro -b repos/main includedeb bookworm packages/{HELLO}"),
                 C("reprepro -b repos/main list stable"),
                 C(f"reprepro -b repos/main includedeb stable packages/{TOOLS}"),
                 C("reprepro -b repos/main export bookworm"),
                 C(f"reprepro -b repos/main -C contrib includedeb bookworm packages/{LIBACME}")],
    },
    {
        "id": "bp32-ip-ephem-city-name", "category": "INCORRECT_PARAMETER", "tool": "ephem_city_observer",
        "source": EPHEM,
        "fail_re": r"^KeyError: \"Unknown city: '[^']*'\"",
        "learn": [P(city="Porto"), P(city="Reykjavik")],
        "repeats": [P(city="Honolulu"), P(city="Nairobi"), P(city="Marrakesh")],
        "good": [P(city="Lisbon"), P(city="Madrid"), P(city="Sao Paulo"), P(city="Kiev"), P(city="Oslo")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp32-wf-qemu-img-size-suffix", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": QEMU,
        "fail_re": r"Invalid image size specified\. You may use k, M, G, T, P or E suffixes"
                   r"|Parameter '\w+' expects a non-negative number below 2\^64",
        "learn": [C("qemu-img create -f qcow2 out/vm.qcow2 10GB"), C("qemu-img resize images/base.qcow2 +1GB")],
        "repeats": [C("qemu-img create -f raw out/swap.img 512MiB"),
                    C("qemu-img create -f qcow2 -o cluster_size=64KB out/fast.qcow2 2G"),
                    C("qemu-img resize images/web.qcow2 1,5G")],
        "good": [C("qemu-img create -f qcow2 out/vm.qcow2 10G"), C("qemu-img resize images/base.qcow2 +1G"),
                 C("qemu-img create -f raw out/swap.img 512M"),
                 C("qemu-img create -f qcow2 -o cluster_size=64K out/fast.qcow2 2G"),
                 C("qemu-img resize images/web.qcow2 1.5G")],
    },
    {
        "id": "bp32-wf-potrace-dimension-unit", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": POTRACE,
        "fail_re": r"^potrace: invalid dimension -- \S+",
        "learn": [C("potrace -s -W 300px -o out/logo.svg art/logo.pbm"),
                  C("potrace -b pdf -W 5inch -o out/badge.pdf art/badge.bmp")],
        "repeats": [C("potrace -s -H 50% -o out/stamp.svg art/stamp.pgm"),
                    C("potrace -s -M 2px -o out/logo.svg art/logo.pbm"),
                    C("potrace -b pdf -W 4inches -o out/stamp.pdf art/stamp.pgm")],
        "good": [C("potrace -s -W 8cm -o out/logo.svg art/logo.pbm"),
                 C("potrace -b pdf -W 5in -o out/badge.pdf art/badge.bmp"),
                 C("potrace -s -H 3cm -o out/stamp.svg art/stamp.pgm"),
                 C("potrace -s -M 2mm -o out/logo.svg art/logo.pbm"),
                 C("potrace -b pdf -W 144pt -o out/stamp.pdf art/stamp.pgm")],
    },
    {
        "id": "bp32-wf-ipv6calc-ipv4-notation", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": IPV6CALC,
        "fail_re": r"^Error in given IPv4 address, '[^']*' is not valid",
        "learn": [C("ipv6calc --in ipv4addr --out revipv4 192-168-10-20"),
                  C("ipv6calc -q --in ipv4addr --out ipv6addr --action conv6to4 198.51.100")],
        "repeats": [C("ipv6calc --in ipv4addr --out revipv4 10,0,0,1"),
                    C("ipv6calc -q --in ipv4addr --out ipv6addr --action conv6to4 203.0.113.7:443"),
                    C("ipv6calc --in ipv4addr --out revipv4 172.16.5.4.1")],
        "good": [C("ipv6calc --in ipv4addr --out revipv4 192.168.10.20"),
                 C("ipv6calc -q --in ipv4addr --out ipv6addr --action conv6to4 198.51.100.1"),
                 C("ipv6calc --in ipv4addr --out revipv4 10.0.0.1"),
                 C("ipv6calc -q --in ipv4addr --out ipv6addr --action conv6to4 203.0.113.7"),
                 C("ipv6calc --in ipv4addr --out revipv4 172.16.0.0/12")],
    },
    {
        "id": "bp32-wf-ephem-date-string", "category": "PARAMETER_FORMAT", "tool": "ephem_sun_altaz", "source": EPHEM,
        "fail_re": r"^ValueError: your date string '[^']*' does not look like a year/month/day",
        "learn": [P(date="2024-03-01T12:00:00", lat="38.72", lon="-9.14"),
                  P(date="1 Mar 2024 09:00", lat="51.51", lon="-0.13")],
        "repeats": [P(date="March 21 2024", lat="40.42", lon="-3.70"),
                    P(date="2024-06-21T06:00:00Z", lat="59.91", lon="10.75"),
                    P(date="21 Dec 2024 12:00", lat="-33.87", lon="151.21")],
        "good": [P(date="2024/03/01 12:00:00", lat="38.72", lon="-9.14"),
                 P(date="2024-03-01 09:00", lat="51.51", lon="-0.13"),
                 P(date="2024/3/21", lat="40.42", lon="-3.70"),
                 P(date="2024-06-21 06:00:00", lat="59.91", lon="10.75"),
                 P(date="2024/12/21 12:00", lat="-33.87", lon="151.21")],
    },
    {
        "id": "bp32-wf-molmass-formula-notation", "category": "PARAMETER_FORMAT", "tool": "molmass_formula_mass",
        "source": MOLMASS,
        "fail_re": r"^FormulaError: unexpected character '.'",
        "learn": [P(formula="h2o"), P(formula="CuSO4*5H2O")],
        "repeats": [P(formula="nacl"), P(formula="caco3"), P(formula="MgSO4*7H2O")],
        "good": [P(formula="H2O"), P(formula="CuSO4.5H2O"), P(formula="NaCl"), P(formula="CaCO3"),
                 P(formula="MgSO4.7H2O")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp32-mp-glpsol-no-problem-file", "category": "MISSING_PARAMETER", "tool": SHELL, "source": GLPK,
        "fail_re": r"No input problem file specified; try glpsol --help",
        "learn": [C("glpsol -d lp/transport.dat -o out/transport.txt"), C("glpsol --simplex --wlp out/diet.lp")],
        "repeats": [C("glpsol --check -d lp/transport.dat"), C("glpsol --exact -o out/plan.txt"),
                    C("glpsol --ranges out/ranges.txt")],
        "good": [C("glpsol -m lp/transport.mod -d lp/transport.dat -o out/transport.txt"),
                 C("glpsol --simplex --math lp/diet.mod --wlp out/diet.lp"),
                 C("glpsol --check -m lp/transport.mod -d lp/transport.dat"),
                 C("glpsol --exact --lp lp/plan.lp -o out/plan.txt"),
                 C("glpsol --lp lp/blend.lp --ranges out/ranges.txt")],
    },
    {
        "id": "bp32-mp-mutool-pdf-password", "category": "MISSING_PARAMETER", "tool": SHELL, "source": MUPDF,
        "fail_re": r"cannot authenticate password",
        "learn": [C("mutool draw -o out/contract-%d.png pdf/contract.pdf 1"),
                  C("mutool convert -o out/invoice.txt pdf/invoice.pdf")],
        "repeats": [C("mutool draw -F txt pdf/payslip.pdf 1"), C("mutool info pdf/contract.pdf"),
                    C("mutool pages pdf/invoice.pdf")],
        "good": [C("mutool draw -p s3cret -o out/contract-%d.png pdf/contract.pdf 1"),
                 C("mutool convert -p acme2024 -o out/invoice.txt pdf/invoice.pdf"),
                 C("mutool draw -p pay-0324 -F txt pdf/payslip.pdf 1"),
                 C("mutool info -p s3cret pdf/contract.pdf"),
                 C("mutool draw -F txt pdf/report.pdf 1")],
    },
    {
        "id": "bp32-mp-named-compilezone-output-file", "category": "MISSING_PARAMETER", "tool": SHELL,
        "source": BIND,
        "fail_re": r"^output file required, but not specified",
        "learn": [C("named-compilezone -F raw example.com zones/example.com.zone"),
                  C("named-compilezone -f text -F text -s relative example.org zones/example.org.zone")],
        "repeats": [C("named-compilezone -F raw example.net zones/example.net.zone"),
                    C("named-compilezone -D 2.0.192.in-addr.arpa zones/2.0.192.in-addr.arpa.zone"),
                    C("named-compilezone -F raw=0 example.com zones/example.com.zone")],
        "good": [C("named-compilezone -F raw -o out/example.com.raw example.com zones/example.com.zone"),
                 C("named-compilezone -f text -F text -s relative -o out/example.org.db example.org "
                   "zones/example.org.zone"),
                 C("named-compilezone -F raw -o out/example.net.raw example.net zones/example.net.zone"),
                 C("named-compilezone -D -o out/rev.db 2.0.192.in-addr.arpa zones/2.0.192.in-addr.arpa.zone"),
                 C("named-compilezone -F raw=0 -o out/example.com.raw0 example.com zones/example.com.zone")],
    },
    {
        "id": "bp32-mp-certtool-signing-key-option", "category": "MISSING_PARAMETER", "tool": SHELL,
        "source": CERTTOOL,
        "fail_re": r"You must specify --load-privkey or --load-pubkey if missing\.|^missing --load-ca-privkey",
        "learn": [C("certtool --generate-self-signed --template pki/web.tmpl --outfile out/web.crt"),
                  C("certtool --generate-certificate --load-privkey pki/mail.key --load-ca-certificate pki/ca.crt "
                    "--template pki/mail.tmpl --outfile out/mail.crt")],
        "repeats": [C("certtool --generate-self-signed --template pki/mail.tmpl --outfile out/mail-self.crt"),
                    C("certtool --generate-crl --load-ca-certificate pki/ca.crt --template pki/crl.tmpl "
                      "--outfile out/ca.crl"),
                    C("certtool --generate-certificate --load-ca-certificate pki/ca.crt --load-ca-privkey pki/ca.key "
                      "--template pki/web.tmpl --outfile out/web2.crt")],
        "good": [C("certtool --generate-self-signed --load-privkey pki/web.key --template pki/web.tmpl "
                   "--outfile out/web.crt"),
                 C("certtool --generate-certificate --load-privkey pki/mail.key --load-ca-certificate pki/ca.crt "
                   "--load-ca-privkey pki/ca.key --template pki/mail.tmpl --outfile out/mail.crt"),
                 C("certtool --generate-self-signed --load-privkey pki/mail.key --template pki/mail.tmpl "
                   "--outfile out/mail-self.crt"),
                 C("certtool --generate-crl --load-ca-certificate pki/ca.crt --load-ca-privkey pki/ca.key "
                   "--template pki/crl.tmpl --outfile out/ca.crl"),
                 C("certtool --generate-certificate --load-request pki/web.csr --load-ca-certificate pki/ca.crt "
                   "--load-ca-privkey pki/ca.key --template pki/web.tmpl --outfile out/web2.crt")],
    },
    {
        "id": "bp32-mp-seqkit-pattern-or-region", "category": "MISSING_PARAMETER", "tool": SHELL, "source": SEQKIT,
        "fail_re": r"\[ERRO\] one of (flags|the options) .*needed",
        "learn": [C("seqkit grep -n -o out/hits.fa seqs/genes.fa"), C("seqkit locate -i seqs/contigs.fa")],
        "repeats": [C("seqkit grep -s -o out/motif.fa seqs/contigs.fa"), C("seqkit subseq -o out/head.fa seqs/genes.fa"),
                    C("seqkit sample -s 11 -o out/sub.fq seqs/reads.fq")],
        "good": [C("seqkit grep -n -p gene2 -o out/hits.fa seqs/genes.fa"),
                 C("seqkit locate -i -p ACGTAC seqs/contigs.fa"),
                 C("seqkit grep -s -p GATTACA -o out/motif.fa seqs/contigs.fa"),
                 C("seqkit subseq -r 1:50 -o out/head.fa seqs/genes.fa"),
                 C("seqkit sample -s 11 -p 0.5 -o out/sub.fq seqs/reads.fq")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp32-mq-aptly-repo-not-created", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": APTLY,
        "fail_re": r"ERROR: unable to \w+( \w+)?: local repo with name \S+ not found",
        "learn": [CH(f"aptly repo add internal packages/{HELLO}", LSD("packages")),
                  CH("aptly snapshot create rel-1 from repo staging", LSD("packages"), SHD("aptly repo list"))],
        "repeats": [CH(f"aptly repo add staging packages/{TOOLS}", ACREATE("internal")),
                    CH(f"aptly repo add qa packages/{LIBACME}", LSD("packages")),
                    CH("aptly snapshot create nightly from repo internal", LSD("packages"), SHD("aptly repo list"))],
        "good": [CH(f"aptly repo add internal packages/{HELLO}", LSD("packages"), ACREATE("internal")),
                 CH("aptly snapshot create rel-1 from repo staging", ACREATE("staging"), AADD("staging", HELLO)),
                 CH(f"aptly repo add staging packages/{TOOLS}", ACREATE("internal"), ACREATE("staging")),
                 CH(f"aptly repo add qa packages/{LIBACME}", ACREATE("qa", "-distribution=bookworm ")),
                 CH("aptly snapshot create nightly from repo internal", ACREATE("internal"),
                    AADD("internal", HELLO))],
    },
    {
        "id": "bp32-mq-autoconf-before-aclocal", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": AUTOCONF,
        "fail_re": r"error: possibly undefined macro: AM_INIT_AUTOMAKE",
        "learn": [CH("cd proj/hello && autoconf", RD("proj/hello/configure.ac")),
                  CH("cd proj/greet && autoconf -Wall", LSD("proj/greet"))],
        "repeats": [CH("cd proj/calc && autoconf", RD("proj/calc/configure.ac")),
                    CH("cd proj/hello && autoconf -Wall", SHD("cd proj/greet && aclocal")),
                    CH("cd proj/greet && autoconf --force", LSD("proj"))],
        "good": [CH("cd proj/hello && autoconf", RD("proj/hello/configure.ac"), SHD("cd proj/hello && aclocal")),
                 CH("cd proj/greet && autoconf -Wall", SHD("cd proj/greet && aclocal")),
                 CH("cd proj/calc && autoconf", SHD("cd proj/calc && aclocal")),
                 CH("cd proj/hello && autoreconf -i", RD("proj/hello/configure.ac")),
                 CH("cd proj/greet && autoconf --force", LSD("proj"), SHD("cd proj/greet && aclocal"))],
    },
    {
        "id": "bp32-mq-signify-verify-before-sign", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": SIGNIFY,
        "fail_re": r"can't open \S+\.sig for reading: No such file or directory",
        "learn": [CH("signify-openbsd -V -p keys/release.pub -m dist/app-1.0.tar.gz", KEYGEN),
                  CH("signify-openbsd -V -p keys/release.pub -m dist/app-1.1.tar.gz -x dist/app-1.1.sig", KEYGEN,
                     LSD("dist"))],
        "repeats": [CH("signify-openbsd -V -p keys/release.pub -m dist/tool-2.0.zip", KEYGEN, LSD("dist")),
                    CH("signify-openbsd -V -p keys/release.pub -m dist/app-1.1.tar.gz", KEYGEN,
                       SSIGN("app-1.0.tar.gz")),
                    CH("signify-openbsd -V -q -p keys/release.pub -m dist/app-1.0.tar.gz", KEYGEN)],
        "good": [CH("signify-openbsd -V -p keys/release.pub -m dist/app-1.0.tar.gz", KEYGEN, SSIGN("app-1.0.tar.gz")),
                 CH("signify-openbsd -V -p keys/release.pub -m dist/app-1.1.tar.gz -x dist/app-1.1.sig", KEYGEN,
                    SSIGN("app-1.1.tar.gz", "app-1.1.sig")),
                 CH("signify-openbsd -V -p keys/release.pub -m dist/tool-2.0.zip", KEYGEN, LSD("dist"),
                    SSIGN("tool-2.0.zip")),
                 CH("signify-openbsd -V -p keys/release.pub -m dist/app-1.1.tar.gz", KEYGEN,
                    SSIGN("app-1.0.tar.gz"), SSIGN("app-1.1.tar.gz")),
                 CH("signify-openbsd -V -q -p keys/release.pub -m dist/app-1.0.tar.gz", KEYGEN,
                    SSIGN("app-1.0.tar.gz"))],
    },
    {
        "id": "bp32-mq-reprepro-no-distributions-file", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": REPREPRO,
        "fail_re": r"Error opening config file '\S*conf/distributions': No such file or directory",
        "learn": [CH(f"reprepro -b repos/staging includedeb bookworm packages/{HELLO}", LSD("repos/staging")),
                  CH("reprepro -b repos/testing list bookworm", LSD("repos"))],
        "repeats": [CH(f"reprepro -b repos/staging includedeb bookworm packages/{TOOLS}",
                       WF("repos/testing/conf/distributions", DISTS)),
                    CH("reprepro -b repos/qa export", LSD("repos")),
                    CH(f"reprepro -b repos/testing -C main includedeb bookworm packages/{LIBACME}",
                       RD("repos/main/conf/distributions"))],
        "good": [CH(f"reprepro -b repos/staging includedeb bookworm packages/{HELLO}", LSD("repos/staging"),
                    WF("repos/staging/conf/distributions", DISTS)),
                 CH("reprepro -b repos/testing list bookworm", WF("repos/testing/conf/distributions", DISTS),
                    SHD(f"reprepro -b repos/testing includedeb bookworm packages/{HELLO}")),
                 CH(f"reprepro -b repos/staging includedeb bookworm packages/{TOOLS}",
                    WF("repos/staging/conf/distributions", DISTS)),
                 CH("reprepro -b repos/qa export", WF("repos/qa/conf/distributions", DISTS)),
                 CH(f"reprepro -b repos/testing -C main includedeb bookworm packages/{LIBACME}",
                    RD("repos/main/conf/distributions"), WF("repos/testing/conf/distributions", DISTS))],
    },
    {
        "id": "bp32-mq-btrfs-image-not-formatted", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": BTRFS, "setup": DISKS,
        "fail_re": r"^No valid Btrfs found on \S+",
        "learn": [CH("btrfs check disks/data.img", LSD("disks")),
                  CH("btrfs filesystem label disks/backup.img", LSD("disks"))],
        "repeats": [CH("btrfs check --readonly disks/media.img", LSD("disks")),
                    CH("btrfs filesystem label disks/data.img", MKBTRFS("backup")),
                    CH("btrfs check disks/backup.img", MKBTRFS("media"))],
        "good": [CH("btrfs check disks/data.img", LSD("disks"), MKBTRFS("data")),
                 CH("btrfs filesystem label disks/backup.img", MKBTRFS("backup")),
                 CH("btrfs check --readonly disks/media.img", MKBTRFS("media")),
                 CH("btrfs filesystem label disks/data.img", MKBTRFS("backup"), MKBTRFS("data")),
                 CH("btrfs filesystem label disks/media.img archive", MKBTRFS("media"))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp32-ws-aptly-name-already-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": APTLY,
        "fail_re": r"ERROR: unable to add (local repo|snapshot): (local repo|snapshot) with name \S+ already exists",
        "learn": [CH("aptly repo create internal", ACREATE("internal")),
                  CH("aptly snapshot create rel-1 from repo internal", ACREATE("internal"), AADD("internal", HELLO),
                     ASNAP("rel-1", "internal"))],
        "repeats": [CH("aptly repo create -distribution=bookworm staging", ACREATE("staging")),
                    CH("aptly snapshot create nightly from repo staging", ACREATE("staging"),
                       ASNAP("nightly", "staging")),
                    CH("aptly repo create -comment=QA qa", ACREATE("qa"), AADD("qa", LIBACME))],
        "good": [CH("aptly repo create internal", LSD("packages")),
                 CH("aptly snapshot create rel-2 from repo internal", ACREATE("internal"), AADD("internal", HELLO),
                    ASNAP("rel-1", "internal")),
                 CH("aptly repo create -distribution=bookworm staging", ACREATE("staging"),
                    SHD("aptly repo drop staging")),
                 CH("aptly snapshot create nightly-2 from repo staging", ACREATE("staging"),
                    ASNAP("nightly", "staging")),
                 CH("aptly repo create -comment=QA qa2", ACREATE("qa"), AADD("qa", LIBACME))],
    },
    {
        "id": "bp32-ws-signify-key-already-generated", "category": "WORKFLOW_SEQUENCE", "tool": SHELL,
        "source": SIGNIFY,
        "fail_re": r"can't open \S+\.sec for writing: File exists",
        "learn": [CH("signify-openbsd -G -n -p keys/release.pub -s keys/release.sec", KEYGEN),
                  CH('signify-openbsd -G -n -c "nightly builds" -p keys/nightly.pub -s keys/nightly.sec',
                     SGEN("nightly"))],
        "repeats": [CH('signify-openbsd -G -n -c "release 2024" -p keys/release.pub -s keys/release.sec', KEYGEN,
                       SSIGN("app-1.0.tar.gz")),
                    CH("signify-openbsd -G -n -p keys/ci.pub -s keys/ci.sec", SGEN("ci")),
                    CH("signify-openbsd -G -n -p keys/nightly.pub -s keys/nightly.sec", KEYGEN, SGEN("nightly"))],
        "good": [CH("signify-openbsd -G -n -p keys/nightly.pub -s keys/nightly.sec", KEYGEN),
                 CH("signify-openbsd -G -n -p keys/release.pub -s keys/release.sec", LSD("keys")),
                 CH("signify-openbsd -G -n -p keys/ci.pub -s keys/ci.sec", KEYGEN, SGEN("nightly")),
                 CH('signify-openbsd -G -n -c "release 2025" -p keys/release-2025.pub -s keys/release-2025.sec',
                    KEYGEN, SSIGN("app-1.0.tar.gz")),
                 CH('signify-openbsd -G -n -c "nightly builds" -p keys/nightly.pub -s keys/nightly.sec', LSD("keys"))],
    },
    {
        "id": "bp32-ws-fpack-output-already-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL,
        "source": CFITSIO,
        "fail_re": r"^Error: output file already exists:\n \S+",
        "learn": [CH("fpack -r fits/m31.fits", SHD("fpack fits/m31.fits")),
                  CH("funpack fits/m42.fits.fz", SHD("fpack fits/m42.fits"))],
        "repeats": [CH("fpack -h fits/ngc1300.fits", SHD("fpack fits/ngc1300.fits")),
                    CH("funpack fits/m31.fits.fz", SHD("fpack -r fits/m31.fits")),
                    CH("fpack -q 8 fits/m42.fits", SHD("fpack fits/m42.fits"), LSD("fits"))],
        "good": [CH("fpack -r -O fits/m31-rice.fits.fz fits/m31.fits", SHD("fpack fits/m31.fits")),
                 CH("funpack fits/m42.fits.fz", SHD("fpack -D fits/m42.fits")),
                 CH("fpack -h fits/ngc1300.fits", LSD("fits")),
                 CH("funpack -O out/m31.fits fits/m31.fits.fz", SHD("fpack -r fits/m31.fits")),
                 CH("fpack -q 8 fits/ngc1300.fits", SHD("fpack fits/m42.fits"), LSD("fits"))],
    },
    {
        "id": "bp32-ws-mkfs-btrfs-already-formatted", "category": "WORKFLOW_SEQUENCE", "tool": SHELL,
        "source": BTRFS, "setup": DISKS,
        "fail_re": r"appears to contain an existing filesystem \(btrfs\)",
        "learn": [CH("mkfs.btrfs -L data disks/data.img", MKBTRFS("data")),
                  CH("mkfs.btrfs -q -m single -L backup disks/backup.img", MKBTRFS("backup"))],
        "repeats": [CH("mkfs.btrfs -q -L media disks/media.img", MKBTRFS("media")),
                    CH("mkfs.btrfs -q -d single -L data2 disks/data.img", MKBTRFS("data"),
                       SHD("btrfs check disks/data.img")),
                    CH("mkfs.btrfs -q --csum xxhash -L backup disks/backup.img", MKBTRFS("backup"))],
        "good": [CH("mkfs.btrfs -q -L data disks/data.img", LSD("disks")),
                 CH("mkfs.btrfs -q -f -m single -L backup disks/backup.img", MKBTRFS("backup")),
                 CH("mkfs.btrfs -q -L media disks/media.img", MKBTRFS("data")),
                 CH("mkfs.btrfs -q -f -d single -L data2 disks/data.img", MKBTRFS("data")),
                 CH("mkfs.btrfs -q --csum xxhash -L backup disks/backup.img", LSD("disks"))],
    },
    {
        "id": "bp32-ws-stow-other-version-stowed", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": STOW,
        "fail_re": r"existing target is stowed to a different package: \S+ => \S+",
        "learn": [CH("stow -d pkgs -t local tools-2.0", STOWED("tools-1.0")),
                  CH("stow -d pkgs -t local editor-2.0", STOWED("editor-1.0"))],
        "repeats": [CH("stow -d pkgs -t local node-20", STOWED("node-18")),
                    CH("stow -v -d pkgs -t local tools-2.0", STOWED("tools-1.0"), STOWED("editor-1.0")),
                    CH("stow -d pkgs -t local editor-2.0", STOWED("editor-1.0"), STOWED("node-18"))],
        "good": [CH("stow -d pkgs -t local tools-2.0", STOWED("tools-1.0"), SHD("stow -d pkgs -t local -D tools-1.0")),
                 CH("stow -d pkgs -t local -D editor-1.0 -S editor-2.0", STOWED("editor-1.0")),
                 CH("stow -d pkgs -t local node-20", LSD("local")),
                 CH("stow -d pkgs -t local -R tools-1.0", STOWED("tools-1.0")),
                 CH("stow -d pkgs -t local editor-2.0", STOWED("tools-1.0"), STOWED("node-18"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp32-wt-midicsv-given-non-midi", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": MIDICSV,
        "fail_re": r"is not a Standard MIDI File\.",
        "learn": [C("midicsv midi/loop.csv out/loop.mid"), C("midicsv audio/voice.wav out/voice.csv")],
        "repeats": [C("midicsv midi/theme.csv out/theme.mid"), C("midicsv midi/tune.abc out/tune.csv"),
                    C("midicsv midi/loop.csv")],
        "good": [C("midicsv midi/theme.mid out/theme.csv"), C("csvmidi midi/loop.csv out/loop.mid"),
                 C("midicsv midi/intro.mid"), C("csvmidi midi/theme.csv out/theme.mid"),
                 C("midicsv -v midi/intro.mid out/intro.csv")],
    },
    {
        "id": "bp32-wt-named-checkconf-on-zone-file", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": BIND,
        "fail_re": r"^\S+\.zone:\d+: unknown option '\$(TTL|ORIGIN)'",
        "learn": [C("named-checkconf zones/example.com.zone"),
                  C("named-checkconf -z zones/2.0.192.in-addr.arpa.zone")],
        "repeats": [C("named-checkconf zones/example.org.zone"), C("named-checkconf -p zones/example.net.zone"),
                    C("named-checkconf zones/2.0.192.in-addr.arpa.zone")],
        "good": [C("named-checkconf conf/named.conf"), C("named-checkconf -z conf/named.conf"),
                 C("named-checkzone example.com zones/example.com.zone"),
                 C("named-checkzone 2.0.192.in-addr.arpa zones/2.0.192.in-addr.arpa.zone"),
                 C("named-checkconf -p conf/named.conf")],
    },
    {
        "id": "bp32-wt-certtool-certificate-info-on-key", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": CERTTOOL,
        "fail_re": r"^import error: No certificate was found\.",
        "learn": [C("certtool -i --infile pki/web.key"), C("certtool --certificate-info --infile pki/web.csr")],
        "repeats": [C("certtool -i --infile pki/mail.key"), C("certtool -i --infile pki/mail.csr"),
                    C("certtool --certificate-info --infile pki/ca.key")],
        "good": [C("certtool -k --infile pki/web.key"), C("certtool --crq-info --infile pki/web.csr"),
                 C("certtool -i --infile pki/ca.crt"), C("certtool --key-info --infile pki/mail.key"),
                 C("certtool --certificate-info --infile pki/web.crt")],
    },
    {
        "id": "bp32-wt-glpsol-reader-for-other-format", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": GLPK,
        "fail_re": r"(CPLEX LP file|MathProg model|MPS file) processing error",
        "learn": [C("glpsol --lp lp/diet.mod -o out/diet.txt"), C("glpsol --math lp/plan.lp -o out/plan.txt")],
        "repeats": [C("glpsol --cpxlp lp/transport.mod -d lp/transport.dat"), C("glpsol --freemps lp/blend.lp"),
                    C("glpsol --math lp/plan.mps")],
        "good": [C("glpsol --math lp/diet.mod -o out/diet.txt"), C("glpsol --lp lp/plan.lp -o out/plan.txt"),
                 C("glpsol -m lp/transport.mod -d lp/transport.dat"), C("glpsol --lp lp/blend.lp"),
                 C("glpsol --freemps lp/plan.mps")],
    },
    {
        "id": "bp32-wt-intelhex-reader-on-non-hex", "category": "WRONG_TOOL_SELECTION", "tool": "intelhex_read_hex",
        "source": INTELHEX,
        "fail_re": r"^(HexRecordError: Hex file contains invalid record at line \d+"
                   r"|UnicodeDecodeError: 'utf-8' codec can't decode byte)",
        "learn": [P(file="fw/boot.bin"), P(file="fw/app.srec")],
        "repeats": [P(file="fw/app.elf"), P(file="fw/loader.bin"), P(file="fw/bootloader.s19")],
        "good": [P(file="fw/boot.hex"), P(file="fw/app.hex"), P(file="fw/app.ihx"), P(file="fw/loader.hex"),
                 P(file="fw/eeprom.hex")],
    },
]
