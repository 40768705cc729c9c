"""Scenario definitions for blind set 31. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp31fx"
SHELL = "terminal_run"


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
    """a terminal_run history step that really happens (its output is discarded; it must succeed)"""
    return RC(SHELL, command=cmd), "{ " + cmd + "; } >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path) or '.')} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


GDAL = "GDAL 3.6.2 (gdal_translate / gdalinfo, Debian gdal-bin 3.6.2+dfsg-1+b2)"
GPSBABEL = "GPSBabel 1.8.0 (Debian 1.8.0+ds-5)"
DTC = "dtc 1.6.1 (Debian device-tree-compiler 1.6.1-4+b1)"
IVERILOG = "Icarus Verilog 11.0 (iverilog, Debian 11.0-1.1+b1)"
SOUNDFILE = "python-soundfile 0.14.0 (libsndfile 1.2.2)"
EXIV2 = "exiv2 0.27.6"
GEOCONVERT = "GeographicLib 2.1.2 GeoConvert (Debian geographiclib-tools 2.1.2-1)"
DJVU = "DjVuLibre 3.5.28 (ddjvu, Debian djvulibre-bin 3.5.28-2.2~deb12u1)"
UNCERT = "uncertainties 3.2.3"
MGRS = "mgrs 1.6.0"
BEDTOOLS = "bedtools 2.30.0"
BLAST = "NCBI BLAST+ 2.12.0 (makeblastdb / blastn, Debian ncbi-blast+ 2.12.0+ds-3+b1)"
SGP4 = "sgp4 2.27 (sgp4.api.Satrec)"
BWA = "BWA 0.7.17 (Debian bwa 0.7.17-7+b2)"
HMMER = "HMMER 3.3.2 (hmmscan / hmmpress)"
PARTED = "GNU parted 3.5 (Debian 3.5-3+deb12u1)"
RESTIC = "restic 0.14.0 (Debian 0.14.0-1+b5)"
BORG = "BorgBackup 1.2.4"
LRZIP = "lrzip 0.651"
DOSFS = "dosfstools 4.2 (mkfs.fat)"
ARJ = "ARJ32 3.10.22 (Debian arj 3.10.22-26)"
RPM = "RPM 4.18.0 (Debian rpm 4.18.0+dfsg-1+deb12u1)"

LS = NOP("list_dir", path=".")
PW = "-p keys/restic.pw --no-cache"


def RINIT(repo):
    return SHD(f"restic -r {repo} {PW} init")


def BINIT():
    return SHD("borg init -e none backups/borg")


def BCREATE(name, path="projects"):
    return SHD(f"borg create backups/borg::{name} {path}")


# two-line element sets (real layout; the values are illustrative)
ISS = ("1 25544U 98067A   24061.50000000  .00016717  00000-0  10270-3 0  9005",
       "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537")
HST = ("1 20580U 90037B   24061.25000000  .00001264  00000-0  63041-4 0  9991",
       "2 20580  28.4700 152.3330 0002580  92.1710 267.9270 15.15391734661012")
NOAA = ("1 33591U 09005A   24060.75000000  .00000204  00000-0  13452-3 0  9994",
        "2 33591  99.1390  95.7540 0014107  61.2250 299.0320 14.12905317772290")
TERRA = ("1 25994U 99068A   24061.10000000  .00000161  00000-0  45561-4 0  9990",
         "2 25994  98.0850 133.5000 0001500  89.6000 270.5300 14.59102315294720")

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp31-ip-gdal-translate-output-driver", "category": "INCORRECT_PARAMETER", "tool": SHELL,
        "source": GDAL,
        "fail_re": r"^Output driver `[^']*' not recognised\.\nThe following format drivers are configured",
        "learn": [C("gdal_translate -of GeoTIFF rasters/elev.tif out/elev.tif"),
                  C("gdal_translate -of JPG -ot Byte rasters/dem.tif out/dem.jpg")],
        "repeats": [C("gdal_translate -q -of TIFF rasters/rain.tif out/rain.tif"),
                    C("gdal_translate -of AsciiGrid rasters/elev.tif out/elev.asc"),
                    C("gdal_translate -q -of IMG rasters/dem.tif out/dem.img")],
        "good": [C("gdal_translate -of GTiff rasters/elev.tif out/elev.tif"),
                 C("gdal_translate -of JPEG -ot Byte rasters/dem.tif out/dem.jpg"),
                 C("gdal_translate -q -of COG rasters/rain.tif out/rain.tif"),
                 C("gdal_translate -of AAIGrid rasters/elev.tif out/elev.asc"),
                 C("gdal_translate -q -of HFA rasters/dem.tif out/dem.img")],
    },
    {
        "id": "bp31-ip-gpsbabel-format-name", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": GPSBABEL,
        "fail_re": r"^(Input|Output) type '[^']*' not recognized",
        "learn": [C("gpsbabel -i gpx -f gps/porto.gpx -o kmz -F out/porto.kmz"),
                  C("gpsbabel -i tcx -f gps/ride.tcx -o gpx -F out/ride.gpx")],
        "repeats": [C("gpsbabel -i gpx -f gps/walk.gpx -o shp -F out/walk.shp"),
                    C("gpsbabel -i nmea0183 -f gps/drive.nmea -o gpx -F out/drive.gpx"),
                    C("gpsbabel -i unicsv -f gps/stops.csv -o json -F out/stops.json")],
        "good": [C("gpsbabel -i gpx -f gps/porto.gpx -o kml -F out/porto.kml"),
                 C("gpsbabel -i gtrnctr -f gps/ride.tcx -o gpx -F out/ride.gpx"),
                 C("gpsbabel -i gpx -f gps/walk.gpx -o shape -F out/walk.shp"),
                 C("gpsbabel -i nmea -f gps/drive.nmea -o gpx -F out/drive.gpx"),
                 C("gpsbabel -i unicsv -f gps/stops.csv -o geojson -F out/stops.json")],
    },
    {
        "id": "bp31-ip-dtc-output-format", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": DTC,
        "fail_re": r'^FATAL ERROR: Unknown (output|input) format "[^"]*"',
        "learn": [C("dtc -I dts -O dtbo -o out/board.dtbo dts/board.dts"),
                  C("dtc -I dts -O json -o out/sensor.json dts/sensor.dts")],
        "repeats": [C("dtc -I dts -O fdt -o out/leds.dtb dts/leds.dts"),
                    C("dtc -I dtsi -O dtb -o out/board.dtb dts/board.dts"),
                    C("dtc -I dtb -O text dtb/board.dtb")],
        "good": [C("dtc -I dts -O dtb -o out/board.dtbo dts/board.dts"),
                 C("dtc -I dts -O yaml -o out/sensor.yaml dts/sensor.dts"),
                 C("dtc -I dts -O dtb -o out/leds.dtb dts/leds.dts"),
                 C("dtc -I dts -O asm -o out/board.S dts/board.dts"),
                 C("dtc -I dtb -O dts dtb/board.dtb")],
    },
    {
        "id": "bp31-ip-iverilog-language-generation", "category": "INCORRECT_PARAMETER", "tool": SHELL,
        "source": IVERILOG,
        "fail_re": r"^Unknown/Unsupported Language generation \S+\n\nSupported generations are:",
        "learn": [C("iverilog -g2017 -o out/counter.vvp hdl/counter.v"),
                  C("iverilog -g2005sv -o out/mux.vvp hdl/mux.v")],
        "repeats": [C("iverilog -g2008 -o out/adder.vvp hdl/adder.v hdl/adder_tb.v"),
                    C("iverilog -gsv -o out/counter.vvp hdl/counter.v"),
                    C("iverilog -g2023 -Wall -o out/mux.vvp hdl/mux.v")],
        "good": [C("iverilog -g2012 -o out/counter.vvp hdl/counter.v"),
                 C("iverilog -g2005-sv -o out/mux.vvp hdl/mux.v"),
                 C("iverilog -g2009 -o out/adder.vvp hdl/adder.v hdl/adder_tb.v"),
                 C("iverilog -g2001 -o out/counter.vvp hdl/counter.v"),
                 C("iverilog -g2012 -Wall -o out/mux.vvp hdl/mux.v")],
    },
    {
        "id": "bp31-ip-soundfile-subtype", "category": "INCORRECT_PARAMETER", "tool": "soundfile_write",
        "source": SOUNDFILE,
        "fail_re": r"^ValueError: Unknown subtype: '[^']*'",
        "learn": [P(file="out/tone.wav", samplerate=44100, subtype="PCM_20"),
                  P(file="out/voice.flac", samplerate=16000, subtype="FLAC_16")],
        "repeats": [P(file="out/beep.wav", samplerate=8000, subtype="PCM_12"),
                    P(file="out/chime.ogg", samplerate=48000, subtype="OGG"),
                    P(file="out/tone.aiff", samplerate=22050, subtype="INT16", channels=2)],
        "good": [P(file="out/tone.wav", samplerate=44100, subtype="PCM_24"),
                 P(file="out/voice.flac", samplerate=16000, subtype="PCM_16"),
                 P(file="out/beep.wav", samplerate=8000, subtype="PCM_U8"),
                 P(file="out/chime.ogg", samplerate=48000, subtype="VORBIS"),
                 P(file="out/tone.aiff", samplerate=22050, subtype="PCM_16", channels=2)],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp31-wf-exiv2-adjust-time", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": EXIV2,
        "fail_re": r"^exiv2: Error parsing -a option argument `[^']*'",
        "learn": [C("exiv2 -a +1h ad photos/beach.jpg"), C("exiv2 -a 90m ad photos/city.jpg")],
        "repeats": [C("exiv2 -a +1.5 ad photos/forest.jpg"), C("exiv2 -a -30min ad photos/beach.jpg"),
                    C("exiv2 -a 2h30m ad photos/city.jpg")],
        "good": [C("exiv2 -a +01:00 ad photos/beach.jpg"), C("exiv2 -a 1:30 ad photos/city.jpg"),
                 C("exiv2 -a -0:30 ad photos/forest.jpg"), C("exiv2 -a +02:30:00 ad photos/beach.jpg"),
                 C("exiv2 -a 1 ad photos/city.jpg")],
    },
    {
        "id": "bp31-wf-geoconvert-decimal-comma", "category": "PARAMETER_FORMAT", "tool": SHELL,
        "source": GEOCONVERT,
        "fail_re": r"^ERROR: Coordinate requires 1, 2, or 3 elements",
        "learn": [C('GeoConvert -u --input-string "41,1496 -8,6109"'),
                  C('GeoConvert -m --input-string "38,7223 -9,1393"')],
        "repeats": [C('GeoConvert -u --input-string "-33,8688 151,2093"'),
                    C('GeoConvert -d --input-string "51,5074 -0,1278"'),
                    C('GeoConvert -m -p 1 --input-string "48,8566 2,3522"')],
        "good": [C('GeoConvert -u --input-string "41.1496 -8.6109"'),
                 C('GeoConvert -m --input-string "38.7223 -9.1393"'),
                 C('GeoConvert -u --input-string "33.8688S 151.2093E"'),
                 C('GeoConvert -d --input-string "51.5074 -0.1278"'),
                 C('GeoConvert -m -p 1 --input-string "48.8566 2.3522"')],
    },
    {
        "id": "bp31-wf-ddjvu-geometry", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": DJVU,
        "fail_re": r"^ddjvu: syntax error in geometry specification: ",
        "learn": [C("ddjvu -format=pnm -segment=0,0,32,24 djvu/scan.djvu out/crop.pnm"),
                  C("ddjvu -format=tiff -size=50% djvu/page.djvu out/page.tif")],
        "repeats": [C("ddjvu -format=pnm -size=32:24 djvu/map.djvu out/map.pnm"),
                    C("ddjvu -format=tiff -segment=32*24+0+0 djvu/scan.djvu out/crop.tif"),
                    C("ddjvu -format=pnm -size=800,600 djvu/page.djvu out/page.pnm")],
        "good": [C("ddjvu -format=pnm -segment=32x24+0+0 djvu/scan.djvu out/crop.pnm"),
                 C("ddjvu -format=tiff -scale=50 djvu/page.djvu out/page.tif"),
                 C("ddjvu -format=pnm -size=32x24 djvu/map.djvu out/map.pnm"),
                 C("ddjvu -format=tiff -segment=16x16+8+8 djvu/scan.djvu out/crop.tif"),
                 C("ddjvu -format=pnm -size=800x600 djvu/page.djvu out/page.pnm")],
    },
    {
        "id": "bp31-wf-uncertainties-ufloat-string", "category": "PARAMETER_FORMAT",
        "tool": "uncertainties_ufloat_fromstr", "source": UNCERT,
        "fail_re": r"^ValueError: Cannot parse .*: see the documentation for ufloat_fromstr\(\)",
        "learn": [P(representation="1.5 +- 0.2"), P(representation="9.81 (+/- 0.02)")],
        "repeats": [P(representation="12.3 plus/minus 0.4"), P(representation="0.75+/-"),
                    P(representation="2.54 -/+ 0.01")],
        "good": [P(representation="1.5 +/- 0.2"), P(representation="9.81+/-0.02"), P(representation="12.3(4)"),
                 P(representation="0.75 \u00b1 0.05"), P(representation="2.54+/-0.01")],
    },
    {
        "id": "bp31-wf-mgrs-grid-reference", "category": "PARAMETER_FORMAT", "tool": "mgrs_to_latlon",
        "source": MGRS,
        "fail_re": r'^MGRSError: Error in "Convert_MGRS_To_Geodetic": String Error',
        "learn": [P(mgrs="29-T-NF-33623-57318"), P(mgrs="31UDQ524821171")],
        "repeats": [P(mgrs="56H LH 34368-50948"), P(mgrs="30UXC99316,10163"), P(mgrs="18TWL839590735")],
        "good": [P(mgrs="29TNF3362357318"), P(mgrs="31UDQ5248211717"), P(mgrs="56H LH 34368 50948"),
                 P(mgrs="30UXC9931610163"), P(mgrs="18TWL8395907350")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp31-mp-bedtools-genome-file", "category": "MISSING_PARAMETER", "tool": SHELL, "source": BEDTOOLS,
        "fail_re": r"ERROR: (Need both a BED \(-i\) and a genome \(-g\) file|no -g genome file provided)",
        "learn": [C("bedtools slop -i bed/genes.bed -b 100"), C("bedtools flank -i bed/peaks.bed -b 50")],
        "repeats": [C("bedtools slop -i bed/exons.bed -l 20 -r 40"), C("bedtools complement -i bed/genes.bed"),
                    C("bedtools flank -i bed/exons.bed -l 200 -r 0 -s")],
        "good": [C("bedtools slop -i bed/genes.bed -g bed/hg.genome -b 100"),
                 C("bedtools flank -i bed/peaks.bed -g bed/hg.genome -b 50"),
                 C("bedtools slop -i bed/exons.bed -g bed/hg.genome -l 20 -r 40"),
                 C("bedtools complement -i bed/genes.bed -g bed/hg.genome"),
                 C("bedtools flank -i bed/exons.bed -g bed/hg.genome -l 200 -r 0 -s")],
    },
    {
        "id": "bp31-mp-makeblastdb-dbtype", "category": "MISSING_PARAMETER", "tool": SHELL, "source": BLAST,
        "fail_re": r'^Error: Argument "dbtype"\. Mandatory value is missing',
        "learn": [C("makeblastdb -in seqs/genes.fa -out db/genes"),
                  C("makeblastdb -in seqs/proteins.fa -title prots -out db/prots")],
        "repeats": [C("makeblastdb -in seqs/plasmids.fa -parse_seqids -out db/plasmids"),
                    C("makeblastdb -in seqs/genes.fa -title 'lab genes' -out db/labgenes"),
                    C("makeblastdb -in seqs/proteins.fa -blastdb_version 5 -out db/prots5")],
        "good": [C("makeblastdb -in seqs/genes.fa -dbtype nucl -out db/genes"),
                 C("makeblastdb -in seqs/proteins.fa -dbtype prot -title prots -out db/prots"),
                 C("makeblastdb -in seqs/plasmids.fa -dbtype nucl -parse_seqids -out db/plasmids"),
                 C("makeblastdb -in seqs/genes.fa -dbtype nucl -title 'lab genes' -out db/labgenes"),
                 C("makeblastdb -in seqs/proteins.fa -dbtype prot -blastdb_version 5 -out db/prots5")],
    },
    {
        "id": "bp31-mp-iverilog-no-sources", "category": "MISSING_PARAMETER", "tool": SHELL, "source": IVERILOG,
        "fail_re": r"^iverilog: no source files\.",
        "learn": [C("iverilog -o out/counter.vvp"), C("iverilog -g2012 -s mux_tb -o out/mux.vvp")],
        "repeats": [C("iverilog -Wall -o out/adder.vvp"), C("iverilog -I hdl -s adder_tb -o out/adder.vvp"),
                    C("cd hdl && iverilog -o ../out/counter.vvp")],
        "good": [C("iverilog -o out/counter.vvp hdl/counter.v"),
                 C("iverilog -g2012 -s mux_tb -o out/mux.vvp hdl/mux.v"),
                 C("iverilog -Wall -o out/adder.vvp hdl/adder.v hdl/adder_tb.v"),
                 C("iverilog -s adder_tb -o out/adder.vvp -c hdl/files.f"),
                 C("cd hdl && iverilog -o ../out/counter.vvp counter.v")],
    },
    {
        "id": "bp31-mp-gpsbabel-input-type", "category": "MISSING_PARAMETER", "tool": SHELL, "source": GPSBABEL,
        "fail_re": r"^No valid input type specified",
        "learn": [C("gpsbabel -f gps/porto.gpx -o kml -F out/porto.kml"),
                  C("gpsbabel -f gps/stops.csv -o gpx -F out/stops.gpx")],
        "repeats": [C("gpsbabel -f gps/walk.gpx -o unicsv -F out/walk.csv"),
                    C("gpsbabel -f gps/ride.tcx -o kml -F out/ride.kml"),
                    C("gpsbabel -f gps/drive.nmea -x simplify,count=3 -o gpx -F out/drive.gpx")],
        "good": [C("gpsbabel -i gpx -f gps/porto.gpx -o kml -F out/porto.kml"),
                 C("gpsbabel -i unicsv -f gps/stops.csv -o gpx -F out/stops.gpx"),
                 C("gpsbabel -i gpx -f gps/walk.gpx -o unicsv -F out/walk.csv"),
                 C("gpsbabel -i gtrnctr -f gps/ride.tcx -o kml -F out/ride.kml"),
                 C("gpsbabel -i nmea -f gps/drive.nmea -x simplify,count=3 -o gpx -F out/drive.gpx")],
    },
    {
        "id": "bp31-mp-sgp4-second-line", "category": "MISSING_PARAMETER", "tool": "sgp4_twoline2rv", "source": SGP4,
        "fail_re": r"^TypeError: twoline2rv\(\) takes at least 2 arguments \(1 given\)",
        "learn": [P(line1=ISS[0]), P(line1=HST[0])],
        "repeats": [P(line1=NOAA[0]), P(line2=ISS[1]), P(line1=TERRA[0])],
        "good": [P(line1=ISS[0], line2=ISS[1]), P(line1=HST[0], line2=HST[1]), P(line1=NOAA[0], line2=NOAA[1]),
                 P(line1=TERRA[0], line2=TERRA[1])],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp31-mq-bwa-no-index", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": BWA,
        "fail_re": r"fail to locate the index",
        "learn": [CH("bwa mem ref/phage.fa reads/s1.fq > out/s1.sam", LS),
                  CH("bwa aln ref/plasmid.fa reads/s2.fq > out/s2.sai", NOP("read_file", path="reads/s2.fq"))],
        "repeats": [CH("bwa mem ref/ecoli.fa reads/s1.fq > out/e1.sam", SHD("bwa index ref/phage.fa")),
                    CH("bwa mem -t 2 ref/plasmid.fa reads/s2.fq > out/p2.sam", LS),
                    CH("bwa aln ref/phage.fa reads/s2.fq > out/ph2.sai", NOP("read_file", path="ref/phage.fa"))],
        "good": [CH("bwa mem ref/phage.fa reads/s1.fq > out/s1.sam", LS, SHD("bwa index ref/phage.fa")),
                 CH("bwa aln ref/plasmid.fa reads/s2.fq > out/s2.sai", SHD("bwa index ref/plasmid.fa")),
                 CH("bwa mem ref/ecoli.fa reads/s1.fq > out/e1.sam", SHD("bwa index ref/phage.fa"),
                    SHD("bwa index ref/ecoli.fa")),
                 CH("bwa mem -t 2 ref/plasmid.fa reads/s2.fq > out/p2.sam", SHD("bwa index ref/plasmid.fa")),
                 CH("bwa index ref/ecoli.fa", LS)],
    },
    {
        "id": "bp31-mq-hmmscan-not-pressed", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": HMMER,
        "fail_re": r"^Error: Failed to open binary auxfiles for \S+: use hmmpress first",
        "learn": [CH("hmmscan -o out/scan.txt hmm/kinase.hmm prot/query.fa", LS),
                  CH("hmmscan --tblout out/hits.tbl -o out/scan.txt hmm/globin.hmm prot/query.fa",
                     NOP("read_file", path="hmm/globin.hmm"))],
        "repeats": [CH("hmmscan -o out/scan.txt hmm/zinc.hmm prot/query.fa", SHD("hmmpress hmm/kinase.hmm")),
                    CH("hmmscan --domtblout out/dom.tbl -o out/scan.txt hmm/kinase.hmm prot/query.fa", LS),
                    CH("hmmscan -E 1e-3 -o out/scan.txt hmm/globin.hmm prot/query.fa",
                       NOP("read_file", path="prot/query.fa"))],
        "good": [CH("hmmscan -o out/scan.txt hmm/kinase.hmm prot/query.fa", LS, SHD("hmmpress hmm/kinase.hmm")),
                 CH("hmmscan --tblout out/hits.tbl -o out/scan.txt hmm/globin.hmm prot/query.fa",
                    SHD("hmmpress hmm/globin.hmm")),
                 CH("hmmscan -o out/scan.txt hmm/zinc.hmm prot/query.fa", SHD("hmmpress hmm/kinase.hmm"),
                    SHD("hmmpress hmm/zinc.hmm")),
                 CH("hmmsearch -o out/search.txt hmm/kinase.hmm prot/query.fa", LS),
                 CH("hmmpress hmm/globin.hmm", NOP("read_file", path="hmm/globin.hmm"))],
    },
    {
        "id": "bp31-mq-parted-no-disk-label", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": PARTED,
        "setup": ["mkdir -p disks && truncate -s 8M disks/usb.img disks/sd.img disks/vm.img"],
        "fail_re": r"^Error: \S+: unrecognised disk label",
        "learn": [CH("parted -s disks/usb.img mkpart primary fat32 1MiB 7MiB", LS),
                  CH("parted -s disks/sd.img mkpart data ext4 1MiB 100%", NOP("list_dir", path="disks"))],
        "repeats": [CH("parted -s disks/vm.img mkpart root ext4 1MiB 7MiB", SHD("parted -s disks/usb.img mklabel gpt")),
                    CH("parted -s disks/usb.img unit MiB mkpart primary 1 6", LS),
                    CH("parted -s disks/sd.img mkpart boot fat32 1MiB 4MiB", NOP("list_dir", path="disks"))],
        "good": [CH("parted -s disks/usb.img mkpart primary fat32 1MiB 7MiB", LS,
                    SHD("parted -s disks/usb.img mklabel msdos")),
                 CH("parted -s disks/sd.img mkpart data ext4 1MiB 100%", SHD("parted -s disks/sd.img mklabel gpt")),
                 CH("parted -s disks/vm.img mkpart root ext4 1MiB 7MiB", SHD("parted -s disks/usb.img mklabel gpt"),
                    SHD("parted -s disks/vm.img mklabel gpt")),
                 CH("parted -s disks/usb.img mklabel msdos mkpart primary 1MiB 6MiB", LS),
                 CH("parted -s disks/vm.img mklabel gpt", NOP("list_dir", path="disks"))],
    },
    {
        "id": "bp31-mq-restic-no-repository", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": RESTIC,
        "fail_re": r"^Fatal: unable to open config file: stat \S+/config: no such file or directory\n"
                   r"Is there a repository at the following location\?",
        "learn": [CH(f"restic -r backups/repo {PW} backup projects", LS),
                  CH(f"restic -r backups/repo {PW} snapshots", NOP("list_dir", path="backups"))],
        "repeats": [CH(f"restic -r backups/offsite {PW} backup projects", RINIT("backups/repo")),
                    CH(f"restic -r backups/repo {PW} backup --tag daily projects/site", LS),
                    CH(f"restic -r backups/usb {PW} check", NOP("list_dir", path="backups"))],
        "good": [CH(f"restic -r backups/repo {PW} backup projects", LS, RINIT("backups/repo")),
                 CH(f"restic -r backups/repo {PW} snapshots", RINIT("backups/repo")),
                 CH(f"restic -r backups/offsite {PW} backup projects", RINIT("backups/repo"),
                    RINIT("backups/offsite")),
                 CH(f"restic -r backups/repo {PW} backup --tag daily projects/site", RINIT("backups/repo"),
                    SHD(f"restic -r backups/repo {PW} backup projects")),
                 CH(f"restic -r backups/usb {PW} init", NOP("list_dir", path="backups"))],
    },
    {
        "id": "bp31-mq-blastn-database-not-built", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": BLAST,
        "fail_re": r"^BLAST Database error: No alias or index file found for nucleotide database \[[^\]]*\]",
        "learn": [CH("blastn -query seqs/query.fa -db db/genes -outfmt 6", LS),
                  CH("blastn -task blastn-short -query seqs/primer.fa -db db/plasmids -outfmt 6",
                     NOP("read_file", path="seqs/primer.fa"))],
        "repeats": [CH("blastn -query seqs/query.fa -db db/plasmids -outfmt 6",
                       SHD("makeblastdb -in seqs/genes.fa -dbtype nucl -out db/genes")),
                    CH("blastn -query seqs/query.fa -db db/genes -evalue 1e-5 -max_target_seqs 5 -outfmt 6", LS),
                    CH("blastn -task blastn-short -query seqs/primer.fa -db db/genes -outfmt 6 -out out/hits.tsv",
                       NOP("read_file", path="seqs/genes.fa"))],
        "good": [CH("blastn -query seqs/query.fa -db db/genes -outfmt 6", LS,
                    SHD("makeblastdb -in seqs/genes.fa -dbtype nucl -out db/genes")),
                 CH("blastn -task blastn-short -query seqs/primer.fa -db db/plasmids -outfmt 6",
                    SHD("makeblastdb -in seqs/plasmids.fa -dbtype nucl -out db/plasmids")),
                 CH("blastn -query seqs/query.fa -db db/plasmids -outfmt 6",
                    SHD("makeblastdb -in seqs/genes.fa -dbtype nucl -out db/genes"),
                    SHD("makeblastdb -in seqs/plasmids.fa -dbtype nucl -out db/plasmids")),
                 CH("blastn -query seqs/query.fa -subject seqs/genes.fa -outfmt 6", LS),
                 CH("makeblastdb -in seqs/genes.fa -dbtype nucl -out db/genes", NOP("read_file", path="seqs/genes.fa"))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp31-ws-hmmpress-already-pressed", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": HMMER,
        "fail_re": r"^SSI index file \S+ already exists;\nDelete old hmmpress indices first",
        "learn": [CH("hmmpress hmm/kinase.hmm", SHD("hmmpress hmm/kinase.hmm")),
                  CH("hmmpress hmm/globin.hmm", SHD("hmmpress hmm/globin.hmm"),
                     SHD("hmmscan -o out/scan.txt hmm/globin.hmm prot/query.fa"))],
        "repeats": [CH("hmmpress hmm/zinc.hmm", SHD("hmmpress hmm/zinc.hmm"), LS),
                    CH("hmmpress hmm/sh3.hmm", SHD("hmmpress hmm/kinase.hmm"), SHD("hmmpress hmm/sh3.hmm")),
                    CH("hmmpress hmm/mini.hmm", SHD("hmmpress hmm/mini.hmm"),
                       SHD("hmmscan -o out/scan.txt hmm/mini.hmm prot/query.fa"))],
        "good": [CH("hmmpress -f hmm/kinase.hmm", SHD("hmmpress hmm/kinase.hmm")),
                 CH("hmmpress hmm/globin.hmm", LS),
                 CH("hmmscan -o out/scan.txt hmm/zinc.hmm prot/query.fa", SHD("hmmpress hmm/zinc.hmm")),
                 CH("hmmpress hmm/sh3.hmm", SHD("hmmpress hmm/kinase.hmm")),
                 CH("hmmpress -f hmm/mini.hmm", SHD("hmmpress hmm/mini.hmm"),
                    SHD("hmmscan -o out/scan.txt hmm/mini.hmm prot/query.fa"))],
    },
    {
        "id": "bp31-ws-borg-archive-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": BORG,
        "fail_re": r"^Archive \S+ already exists",
        "learn": [CH("borg create backups/borg::2024-03-01 projects", BINIT(), BCREATE("2024-03-01")),
                  CH("borg create backups/borg::site-v1 projects/site", BINIT(), BCREATE("site-v1", "projects/site"),
                     LS)],
        "repeats": [CH("borg create --compression lz4 backups/borg::nightly projects", BINIT(), BCREATE("nightly")),
                    CH("borg create backups/borg::docs projects/docs", BINIT(), BCREATE("docs", "projects/docs")),
                    CH("borg create --stats backups/borg::2024-03-02 projects", BINIT(),
                       BCREATE("2024-03-02", "projects/site"))],
        "good": [CH("borg create backups/borg::2024-03-02 projects", BINIT(), BCREATE("2024-03-01")),
                 CH("borg create backups/borg::site-v2 projects/site", BINIT(), BCREATE("site-v1", "projects/site")),
                 CH("borg create --compression lz4 backups/borg::nightly projects", BINIT()),
                 CH("borg create backups/borg::docs-2 projects/docs", BINIT(), BCREATE("docs", "projects/docs")),
                 CH("borg create --stats backups/borg::2024-03-02 projects", BINIT(),
                    SHD("borg create backups/borg::2024-03-01 projects/site"))],
    },
    {
        "id": "bp31-ws-restic-init-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": RESTIC,
        "fail_re": r"^Fatal: create repository at \S+ failed: config file already exists",
        "learn": [CH(f"restic -r backups/repo {PW} init", RINIT("backups/repo")),
                  CH(f"restic -r backups/offsite {PW} init", RINIT("backups/offsite"),
                     SHD(f"restic -r backups/offsite {PW} backup projects"))],
        "repeats": [CH(f"restic -r backups/usb {PW} init", RINIT("backups/usb"), LS),
                    CH(f"restic -r backups/nas {PW} init --repository-version 2", RINIT("backups/nas")),
                    CH(f"restic -r backups/repo {PW} init", RINIT("backups/repo"),
                       SHD(f"restic -r backups/repo {PW} backup projects/site"))],
        "good": [CH(f"restic -r backups/repo {PW} init", LS),
                 CH(f"restic -r backups/offsite {PW} backup projects", RINIT("backups/offsite")),
                 CH(f"restic -r backups/usb {PW} init", RINIT("backups/repo")),
                 CH(f"restic -r backups/nas {PW} snapshots", RINIT("backups/nas")),
                 CH(f"restic -r backups/repo {PW} backup projects/site", RINIT("backups/repo"),
                    SHD(f"restic -r backups/repo {PW} backup projects"))],
    },
    {
        "id": "bp31-ws-lrzip-output-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": LRZIP,
        "fail_re": r"^Failed to create \S+\nFile exists\nFatal error - exiting",
        "learn": [CH("lrzip -q logs/app.log", SHD("lrzip -q logs/app.log")),
                  CH("lrzip -q -o out/db.dump.lrz logs/db.dump", SHD("lrzip -q -o out/db.dump.lrz logs/db.dump"))],
        "repeats": [CH("lrzip -q logs/access.log", SHD("lrzip -q logs/access.log"), LS),
                    CH("lrzip -q -L 9 -o out/db.dump.lrz logs/db.dump", SHD("lrzip -q -o out/db.dump.lrz logs/db.dump")),
                    CH("lrzip -d -q -o out/app.log out/app.log.lrz", SHD("lrzip -q -o out/app.log.lrz logs/app.log"),
                       SHD("lrzip -d -q -o out/app.log out/app.log.lrz"))],
        "good": [CH("lrzip -q -f logs/app.log", SHD("lrzip -q logs/app.log")),
                 CH("lrzip -q -o out/db.dump.v2.lrz logs/db.dump", SHD("lrzip -q -o out/db.dump.lrz logs/db.dump")),
                 CH("lrzip -q logs/access.log", LS),
                 CH("lrzip -q -f -L 9 -o out/db.dump.lrz logs/db.dump",
                    SHD("lrzip -q -o out/db.dump.lrz logs/db.dump")),
                 CH("lrzip -d -q -o out/app.log out/app.log.lrz", SHD("lrzip -q -o out/app.log.lrz logs/app.log"))],
    },
    {
        "id": "bp31-ws-mkfs-fat-image-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": DOSFS,
        "fail_re": r"^mkfs\.fat: file \S+ already exists",
        "learn": [CH("mkfs.fat -C -n BOOT out/boot.img 8192", SHD("mkfs.fat -C -n BOOT out/boot.img 8192")),
                  CH("mkfs.fat -C -F 32 out/data.img 65536", SHD("mkfs.fat -C -F 32 out/data.img 65536"), LS)],
        "repeats": [CH("mkfs.fat -C -F 12 out/floppy.img 1440", SHD("mkfs.fat -C -F 12 out/floppy.img 1440")),
                    CH("mkfs.fat -C -n EFI out/esp.img 16384", SHD("mkfs.fat -C out/esp.img 16384")),
                    CH("mkfs.fat -C -F 16 -n DATA out/usb.img 32768", SHD("mkfs.fat -C -F 16 out/usb.img 32768"))],
        "good": [CH("mkfs.fat -n BOOT out/boot.img", SHD("mkfs.fat -C -n BOOT out/boot.img 8192")),
                 CH("mkfs.fat -C -F 32 out/data.img 65536", LS),
                 CH("mkfs.fat -C -F 12 out/floppy2.img 1440", SHD("mkfs.fat -C -F 12 out/floppy.img 1440")),
                 CH("mkfs.fat -n EFI out/esp.img", SHD("mkfs.fat -C out/esp.img 16384")),
                 CH("mkfs.fat -F 16 -n DATA out/usb.img", SHD("mkfs.fat -C -F 16 out/usb.img 32768"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp31-wt-gdalinfo-on-vector-data", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": GDAL,
        "fail_re": r"^ERROR 4: `[^']*' not recognized as a supported file format\.\ngdalinfo failed - unable to open",
        "learn": [C("gdalinfo vectors/parks.geojson"), C("gdalinfo vectors/cities.shp")],
        "repeats": [C("gdalinfo -json vectors/roads.geojson"), C("gdalinfo vectors/stops.gpx"),
                    C("gdalinfo -stats vectors/districts.gml")],
        "good": [C("gdalinfo rasters/elev.tif"), C("ogrinfo -so vectors/cities.shp cities"),
                 C("gdalinfo -json rasters/dem.tif"), C("ogrinfo -so -al vectors/parks.geojson"),
                 C("gdalinfo -stats rasters/rain.tif")],
    },
    {
        "id": "bp31-wt-arj-not-an-arj-archive", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": ARJ,
        "fail_re": r"^\S+ is not an ARJ archive",
        "learn": [C("arj l archives/site.zip"), C("arj e -y archives/logs.tar.gz out/")],
        "repeats": [C("arj l archives/pkg.tar"), C("arj x -y archives/site.zip out/"), C("arj t archives/notes.txt.gz")],
        "good": [C("arj l arj/docs.arj"), C("arj e -y arj/logs.arj out/"), C("arj t arj/docs.arj"),
                 C("arj x -y arj/site.arj out/"), C("arj v arj/logs.arj")],
    },
    {
        "id": "bp31-wt-ddjvu-not-djvu", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": DJVU,
        "fail_re": r"^ddjvu: Cannot decode document\.",
        "learn": [C("ddjvu -format=tiff docs/report.pdf out/report.tif"),
                  C("ddjvu -format=pnm images/scan.ppm out/scan.pnm")],
        "repeats": [C("ddjvu -format=tiff -page=1 docs/manual.pdf out/manual.tif"),
                    C("ddjvu -format=pnm images/cover.png out/cover.pnm"),
                    C("ddjvu -format=tiff -page=2 docs/report.pdf out/p2.tif")],
        "good": [C("ddjvu -format=tiff djvu/page.djvu out/report.tif"), C("ddjvu -format=pnm djvu/scan.djvu out/scan.pnm"),
                 C("ddjvu -format=tiff -page=1 djvu/book.djvu out/manual.tif"),
                 C("ddjvu -format=pnm djvu/map.djvu out/cover.pnm"),
                 C("ddjvu -format=tiff -page=2 djvu/book.djvu out/p2.tif")],
    },
    {
        "id": "bp31-wt-rpm-query-on-deb", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": RPM,
        "fail_re": r"^error: \S+: not an rpm package \(or package manifest\)",
        "learn": [C("rpm -qpl packages/hello_1.0_all.deb"), C("rpm -qpi packages/tools_2.1_all.deb")],
        "repeats": [C("rpm -qp --requires packages/tools_2.1_all.deb"), C("rpm -qpl packages/tools-2.1.tar.gz"),
                    C("rpm -qp --scripts packages/hello_1.0_all.deb")],
        "good": [C("rpm -qpl packages/hello-1.0-1.noarch.rpm"), C("rpm -qpi packages/tools-2.1-1.noarch.rpm"),
                 C("rpm -qp --requires packages/tools-2.1-1.noarch.rpm"),
                 C("rpm -qp --scripts packages/hello-1.0-1.noarch.rpm"),
                 C("rpm -qp --qf '%{NAME} %{VERSION}\\n' packages/tools-2.1-1.noarch.rpm")],
    },
    {
        "id": "bp31-wt-soundfile-read-non-audio", "category": "WRONG_TOOL_SELECTION", "tool": "soundfile_read",
        "source": SOUNDFILE,
        "fail_re": r"^LibsndfileError: Error opening '[^']*': Format not recognised\.",
        "learn": [P(file="audio/song.mid"), P(file="audio/levels.csv")],
        "repeats": [P(file="audio/cover.png"), P(file="audio/lyrics.txt"), P(file="audio/playlist.m3u")],
        "good": [P(file="audio/voice.wav"), P(file="audio/chime.flac"), P(file="audio/beep.ogg"),
                 P(file="audio/tone.aiff"), P(file="audio/voice.wav", frames=800)],
    },
]
