#!/usr/bin/env python3
"""Writes Skyrack's built-in sample plans.

Run from the repository root:  python3 assets/samples/make_samples.py
The files land in planner-core/src/main/resources/io/skyrack/core/samples/. The public facts each
sample rests on are listed in docs/samples.md; values that are assumptions are marked there.
"""
import json
import math
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "planner-core", "src", "main", "resources",
                   "io", "skyrack", "core", "samples")
RE_KM = 6378.137


def tile(tid, name, gpus, area=1.0, radiator=None, mass=14.0, housekeeping=8.0,
         solar=(0.88, 0.80), rad=(0.12, 0.90), caps=(2700, 5400, 3600), cond=(8.0, 30.0)):
    t = {
        "id": tid, "name": name, "areaM2": area,
        "radiatorAreaM2": radiator if radiator is not None else area,
        "massKg": mass,
        # triple-junction GaAs: ~30 % BOL at 28 C, about -0.22 %/K relative, ~3 %/yr in LEO
        "cellEfficiency": 0.30, "cellTempCoeffPerK": -0.0022, "cellDegradationPerYear": 0.03,
        "packingFactor": 0.90,
        "solarFace": {"absorptivity": solar[0], "emissivity": solar[1]},
        "radiatorFace": {"absorptivity": rad[0], "emissivity": rad[1]},
        "heatCapacityJPerK": {"solarFace": caps[0], "board": caps[1], "radiator": caps[2]},
        "conductanceWPerK": {"solarFaceToBoard": cond[0], "boardToRadiator": cond[1]},
        "gpus": [{"profile": p, "count": c, "powerMode": m} for (p, c, m) in gpus],
        "housekeepingW": housekeeping, "mpptEfficiency": 0.97, "distributionEfficiency": 0.95,
    }
    return t


def template(bus, mass, rows, cols, tile_id, attitude="sun-tracking", terminals=4, range_km=5000.0,
             rate=2.5, battery=None):
    t = {
        "busName": bus, "busMassKg": mass,
        "tileArray": {"rows": rows, "columns": cols, "fill": tile_id},
        "attitude": attitude,
        "terminals": {"count": terminals, "maxRangeKm": range_km,
                      "model": {"type": "fixed-rate", "rateGbps": rate}},
    }
    if battery:
        t["battery"] = {"capacityWh": battery[0], "depthOfDischargeLimit": battery[1],
                        "chargeEfficiency": 0.95, "dischargeEfficiency": 0.95}
    return t


def station(name, lat, lon, alt, rate, min_el=10.0):
    return {"name": name, "latitudeDeg": lat, "longitudeDeg": lon, "altitudeM": alt,
            "minElevationDeg": min_el, "downlinkRateMbps": rate}


def workload(name, model, image, mem, tops, replicas, slo, source, rate=0.0, prio=1, anti=None, pin=None):
    w = {"name": name, "model": model, "image": image, "memoryGiB": mem, "computeTops": tops,
         "replicas": replicas, "latencySloMs": slo, "source": source, "inputDataRateMbps": rate,
         "priority": prio}
    if pin:
        w["pinnedSatellite"] = pin
    w["antiAffinity"] = anti or []
    return w


def plan(name, description, epoch, hours, step, tiles, constellations, stations, crosslinks, workloads,
         environment="nominal"):
    return {
        "schemaVersion": 1, "name": name, "description": description, "epoch": epoch,
        "analysis": {"start": epoch, "durationHours": hours, "stepSeconds": step, "environment": environment,
                     "missionYear": 0, "capacityBasis": "orbit-minimum"},
        "tiles": tiles, "constellations": constellations, "groundStations": stations,
        "crosslinks": crosslinks, "workloads": workloads,
    }


POLAR_STATIONS = [
    station("Svalbard", 78.2298, 15.4078, 500, 800),
    station("Inuvik", 68.3195, -133.5490, 100, 800),
    station("Punta Arenas", -52.9350, -70.8500, 50, 800),
    station("Troll", -72.0117, 2.5350, 1270, 800),
]


def kepler_edge():
    tiles = [tile("orin-tile", "TILE with 2 x Jetson AGX Orin 64GB",
                  [("jetson-agx-orin-64gb", 2, "50W")], mass=14.0)]
    c = [{"type": "sun-synchronous", "id": "kepler", "name": "Kepler optical relay (dawn terminator)",
          "altitudeKm": 575.0, "ltanHours": 6.0, "satellites": 10, "meanAnomalyOffsetDeg": 0.0,
          "template": template("Kepler ORN bus", 272.0, 1, 2, "orin-tile", terminals=4, range_km=5000.0,
                               rate=2.5, battery=(1500.0, 0.3))}]
    w = [
        workload("sar-ship-detect", "yolov8m-sar-ships", "registry.skyrack.io/eo/sar-ship-detect:1.4",
                 8.0, 40.0, 3, 50.0, {"kind": "satellite", "satellite": "kepler-03"}, rate=400.0, prio=3),
        workload("wildfire-detect", "firenet-s2", "registry.skyrack.io/eo/wildfire-detect:2.0",
                 6.0, 30.0, 4, 100.0, {"kind": "any-satellite"}, rate=100.0, prio=2),
        workload("embeddings", "clip-vit-l14-int8", "registry.skyrack.io/ml/embeddings:0.9",
                 16.0, 60.0, 2, 250.0, {"kind": "ground"}, rate=50.0, prio=1),
    ]
    links = {"rule": "plus-grid", "nearestK": 4, "maxRangeKm": 5000.0, "grazingAltitudeKm": 100.0,
             "perHopDelayMs": 1.0, "manualPairs": []}
    return plan("kepler-edge",
                "Ten laser-linked satellites in a dawn-terminator sun-synchronous orbit carrying about forty "
                "Jetson AGX Orin modules, after Kepler Communications' January 2026 launch.",
                "2026-03-20T00:00:00Z", 24, 30, tiles, c, POLAR_STATIONS[:3], links, w)


def sophia_tile_demo():
    tiles = [tile("sophia-tile", "Sophia-style TILE, 1 m2, one Orin NX 16GB",
                  [("jetson-orin-nx-16gb", 1, "25W")], mass=9.0, housekeeping=4.0)]
    a = RE_KM + 525.0
    sats = []
    for n, m in enumerate([0.0, 0.8]):
        sats.append({"name": "sophia-%d" % (n + 1), "semiMajorAxisKm": a, "eccentricity": 0.0,
                     "inclinationDeg": 97.5, "argumentOfPerigeeDeg": 0.0, "raanDeg": 120.0, "meanAnomalyDeg": m})
    c = [{"type": "explicit", "id": "sophia", "name": "Sophia TILE demonstrators", "satellites": sats,
          "template": template("Smallsat bus", 45.0, 1, 3, "sophia-tile", terminals=2, range_km=1000.0, rate=2.5,
                               battery=(300.0, 0.4))}]
    w = [workload("edge-os-demo", "llama-3.2-3b-int8", "registry.skyrack.io/demo/edge-os:0.3",
                  6.0, 40.0, 2, 100.0, {"kind": "ground"}, rate=10.0, prio=1)]
    links = {"rule": "manual", "nearestK": 1, "maxRangeKm": 1000.0, "grazingAltitudeKm": 100.0,
             "perHopDelayMs": 1.0, "manualPairs": [{"a": "sophia-1", "b": "sophia-2"}]}
    return plan("sophia-tile-demo",
                "Two spacecraft carrying compute TILEs with six GPU modules in all; one workload spread over "
                "both, after Sophia Space's TILE demonstration.",
                "2026-06-01T00:00:00Z", 12, 30, tiles, c, [POLAR_STATIONS[0]], links, w)


def starcloud_h100():
    tiles = [tile("h100-tile", "H100 PCIe compute panel with deployable radiator",
                  [("h100-pcie-80gb", 1, "350W")], area=2.0, radiator=4.0, mass=30.0, housekeeping=20.0,
                  caps=(5400, 12000, 9000), cond=(10.0, 60.0))]
    c = [{"type": "sun-synchronous", "id": "starcloud", "name": "Starcloud-1", "altitudeKm": 325.0,
          "ltanHours": 18.0, "satellites": 1, "meanAnomalyOffsetDeg": 0.0,
          "template": template("Starcloud-1 bus", 30.0, 1, 1, "h100-tile", terminals=0, range_km=1000.0,
                               rate=1.0, battery=(800.0, 0.4))}]
    w = [workload("llm-inference", "gemma-2b", "registry.skyrack.io/demo/llm:1.0",
                  12.0, 200.0, 1, 1000.0, {"kind": "ground"}, rate=5.0, prio=1)]
    links = {"rule": "manual", "nearestK": 1, "maxRangeKm": 1000.0, "grazingAltitudeKm": 100.0,
             "perHopDelayMs": 1.0, "manualPairs": []}
    return plan("starcloud-h100",
                "One ~60 kg satellite carrying one NVIDIA H100 with a deployable radiator, after Starcloud-1 "
                "(launched November 2025).",
                "2026-01-15T00:00:00Z", 12, 20, tiles, c, POLAR_STATIONS[:2], links, w)


def suncatcher_cluster():
    tiles = [tile("suncatcher-tile", "Suncatcher-style compute TILE",
                  [("jetson-agx-orin-64gb", 2, "MAXN")], mass=15.0)]
    alt = 650.0
    a = RE_KM + alt
    # sun-synchronous inclination at 650 km (J2, EIGEN-5C), so the cluster precesses with the Sun
    inc = 97.9866
    golden = math.pi * (3 - math.sqrt(5))
    sats = []
    for k in range(81):
        r = 1.0 * math.sqrt((k + 0.5) / 81.0)       # km, inside a 1 km radius disk
        th = k * golden
        along, cross = r * math.cos(th), r * math.sin(th)
        du = math.degrees(along / a)
        draan = math.degrees(cross / (a * math.sin(math.radians(inc))))
        sats.append({"name": "sc-%02d" % (k + 1), "semiMajorAxisKm": round(a, 6), "eccentricity": 0.0,
                     "inclinationDeg": inc, "argumentOfPerigeeDeg": 0.0,
                     "raanDeg": round(270.0 + draan, 9), "meanAnomalyDeg": round(du, 9)})
    c = [{"type": "explicit", "id": "suncatcher", "name": "Suncatcher-style 81-satellite cluster",
          "satellites": sats,
          "template": template("Suncatcher bus", 80.0, 2, 2, "suncatcher-tile", terminals=4, range_km=5.0,
                               rate=100.0, battery=(2000.0, 0.3))}]
    w = [workload("foundation-model", "gemma-27b-int8", "registry.skyrack.io/ml/fm-serve:1.0",
                  40.0, 120.0, 8, 20.0, {"kind": "ground"}, rate=200.0, prio=2)]
    links = {"rule": "nearest-k", "nearestK": 4, "maxRangeKm": 5.0, "grazingAltitudeKm": 100.0,
             "perHopDelayMs": 0.1, "manualPairs": []}
    return plan("suncatcher-cluster",
                "81 satellites flying within a 1 km radius in a 650 km dawn-dusk sun-synchronous orbit, linked "
                "by short optical links, after Google's Project Suncatcher (arXiv:2511.19468).",
                "2026-03-20T00:00:00Z", 6, 30, tiles, c, POLAR_STATIONS[:2], links, w)


def walker_1584():
    tiles = [tile("nx-tile", "TILE with 2 x Jetson Orin NX 16GB", [("jetson-orin-nx-16gb", 2, "25W")],
                  mass=10.0)]
    c = [{"type": "walker", "id": "shell", "name": "Walker 53:1584/72/1 at 550 km", "pattern": "delta",
          "planes": 72, "satellitesPerPlane": 22, "phasing": 1, "altitudeKm": 550.0, "inclinationDeg": 53.0,
          "raanOffsetDeg": 0.0,
          "template": template("Mass-produced bus", 250.0, 1, 1, "nx-tile", attitude="sun-tracking",
                               terminals=4, range_km=5000.0, rate=2.5, battery=(2000.0, 0.3))}]
    w = [workload("global-tracking", "track-fusion-int8", "registry.skyrack.io/def/track-fusion:3.1",
                  4.0, 20.0, 24, 80.0, {"kind": "any-satellite"}, rate=20.0, prio=2)]
    links = {"rule": "plus-grid", "nearestK": 4, "maxRangeKm": 5000.0, "grazingAltitudeKm": 80.0,
             "perHopDelayMs": 1.0, "manualPairs": []}
    return plan("walker-1584",
                "A 72 x 22 Walker delta shell at 550 km and 53 degrees (the size of Starlink's first shell) with "
                "one compute TILE per satellite, for scale.",
                "2026-03-20T00:00:00Z", 24, 30, tiles, c, POLAR_STATIONS[:2] + [
                    station("Hawaii", 19.8968, -155.5828, 100, 1200), station("Perth", -31.9523, 115.8613, 20, 1200)],
                links, w)


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in [kepler_edge(), sophia_tile_demo(), starcloud_h100(), suncatcher_cluster(), walker_1584()]:
        with open(os.path.join(OUT, p["name"] + ".skyrack.json"), "w") as f:
            json.dump(p, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
