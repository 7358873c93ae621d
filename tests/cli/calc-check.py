#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks `wijkpact --calc` against an independent computation.

The figures here are computed from the formulas of PRODUCT.md §3 and the
default factors of reference-data.md, written out again in Python with a
plain year-by-year loop (no closed forms), so a slip in the C module's
geometric sums, tiers, shares or discounting shows up as a mismatch.
Everything must agree to 1e-6 relative.

usage: calc-check.py WIJKPACT [TMPDIR]
"""

import json
import math
import os
import subprocess
import sys
import tempfile

# reference-data.md, the catalogue defaults
F = {
    "grid_kg_co2_per_kwh": 0.15, "gas_kg_co2_per_kwh": 0.202,
    "car_g_co2_per_pkm": 187, "bike_g_co2_per_pkm": 6, "bus_g_co2_per_pkm": 104,
    "car_g_co2_per_vkm": 150, "ev_kwh_per_km": 0.17, "workdays_per_year": 200,
    "car_cost_eur_per_km": 0.25, "fuel_cost_eur_per_km": 0.11,
    "pv_yield_kwh_per_kwp": 900, "pv_degradation": 0.005,
    "purchase_cancellation_rate": 0.2, "pv_om_eur_per_kwp": 15,
    "el_price_buy_eur_per_kwh": 0.22, "el_price_sell_eur_per_kwh": 0.05,
    "sharing_fee_eur_per_kwh": 0.03, "gas_price_eur_per_kwh": 0.07,
    "boiler_efficiency": 0.90, "heat_pump_scop": 3.5, "heat_pump_eur_per_kw": 1000,
    "renovation_eur_per_m2": 120, "bike_place_eur": 2500, "charger_eur_per_point": 2500,
    "waste_t_co2_per_t": 0.5, "gate_fee_eur_per_t": 120, "embodied_t_co2_per_m2": 0.5,
    "fitout_eur_per_m2": 300, "space_cost_eur_per_m2": 150, "depave_eur_per_m2": 60,
    "rain_m_per_year": 0.8, "runoff_paved": 0.9, "runoff_green": 0.1,
    "green_roof_eur_per_m2": 60, "green_roof_retention": 0.5, "tree_eur": 600,
    "tree_kg_co2_per_year": 22, "carbon_price_eur_per_t": 75,
}
PV_TIERS = [(0, 850), (100, 780), (500, 700), (1000, 640)]

# type: (lifetime, degradation, quantity parameter, flat price factor)
TYPES = {
    "solar_pv": (25, 0.005, "kwp", None),
    "heat_pump": (20, 0, "capacity_kw", "heat_pump_eur_per_kw"),
    "renovation": (30, 0, "floor_m2", "renovation_eur_per_m2"),
    "efficiency": (15, 0, None, None),
    "bike_shift": (15, 0, "places", "bike_place_eur"),
    "shuttle": (10, 0, None, None),
    "ev_charging": (10, 0, "points", "charger_eur_per_point"),
    "carpool": (5, 0, None, None),
    "energy_sharing": (10, 0, None, None),
    "material_exchange": (10, 0, None, None),
    "shared_space": (20, 0, None, None),
    "depaving": (30, 0, "area_m2", "depave_eur_per_m2"),
    "green_roof": (40, 0, "area_m2", "green_roof_eur_per_m2"),
    "trees": (40, 0, "trees", "tree_eur"),
}


def unit_price(kind, quantity):
    if kind == "solar_pv":
        return [p for q, p in PV_TIERS if q <= quantity][-1]
    return F[TYPES[kind][3]]


def yearly(kind, p):
    """Year-1 values: (co2 t/yr, one-off t, gross €/yr, added opex €/yr, capex at own tier)."""
    f = F
    W = f["workdays_per_year"]
    if kind == "solar_pv":
        e = p["kwp"] * f["pv_yield_kwh_per_kwp"]
        s = p["self_consumption"]
        return (e * f["grid_kg_co2_per_kwh"] / 1000, 0,
                e * (s * f["el_price_buy_eur_per_kwh"] + (1 - s) * f["el_price_sell_eur_per_kwh"]),
                p["kwp"] * f["pv_om_eur_per_kwp"])
    if kind == "heat_pump":
        eta, scop = f["boiler_efficiency"], f["heat_pump_scop"]
        return (p["heat_mwh"] * (f["gas_kg_co2_per_kwh"] / eta - f["grid_kg_co2_per_kwh"] / scop), 0,
                p["heat_mwh"] * 1000 * (f["gas_price_eur_per_kwh"] / eta
                                        - f["el_price_buy_eur_per_kwh"] / scop), 0)
    if kind == "renovation":
        fuel = p["floor_m2"] * p["heat_saving_kwh_m2"] / f["boiler_efficiency"]
        return (fuel * f["gas_kg_co2_per_kwh"] / 1000, 0, fuel * f["gas_price_eur_per_kwh"], 0)
    if kind == "efficiency":
        return (p["kwh_saved"] * f["grid_kg_co2_per_kwh"] / 1000, 0,
                p["kwh_saved"] * f["el_price_buy_eur_per_kwh"], 0)
    if kind == "bike_shift":
        km = p["commuters"] * W * 2 * p["one_way_km"]
        return (km * (f["car_g_co2_per_pkm"] - f["bike_g_co2_per_pkm"]) / 1e6, 0,
                km * f["car_cost_eur_per_km"], 0)
    if kind == "shuttle":
        km = p["riders"] * W * 2 * p["one_way_km"]
        return (km * (f["car_g_co2_per_pkm"] - f["bus_g_co2_per_pkm"]) / 1e6, 0,
                km * f["car_cost_eur_per_km"], p["yearly_cost"])
    if kind == "ev_charging":
        km = p["points"] * p["km_per_point"]
        ev_vkm = f["ev_kwh_per_km"] * f["grid_kg_co2_per_kwh"] * 1000
        return (km * (f["car_g_co2_per_vkm"] - ev_vkm) / 1e6, 0,
                km * (f["fuel_cost_eur_per_km"] - f["ev_kwh_per_km"] * f["el_price_buy_eur_per_kwh"]), 0)
    if kind == "carpool":
        km = p["participants"] * W * 2 * p["one_way_km"] * (1 - 1 / p["occupancy"])
        return (km * f["car_g_co2_per_pkm"] / 1e6, 0, km * f["car_cost_eur_per_km"], 0)
    if kind == "energy_sharing":
        return (0, 0, p["shared_kwh"] * (f["el_price_buy_eur_per_kwh"] - f["el_price_sell_eur_per_kwh"]
                                         - f["sharing_fee_eur_per_kwh"]), 0)
    if kind == "material_exchange":
        return (p["tonnes"] * f["waste_t_co2_per_t"], 0, p["tonnes"] * f["gate_fee_eur_per_t"], 0)
    if kind == "shared_space":
        return (0, p["floor_m2"] * f["embodied_t_co2_per_m2"],
                p["floor_m2"] * f["space_cost_eur_per_m2"], 0)
    if kind in ("depaving", "green_roof"):
        return (0, 0, 0, 0)
    if kind == "trees":
        return (p["trees"] * f["tree_kg_co2_per_year"] / 1000, 0, 0, 0)
    raise KeyError(kind)


def capex_at(kind, p, quantity):
    if kind == "efficiency":
        return p["capex"]
    if kind == "shared_space":
        return p["floor_m2"] * F["fitout_eur_per_m2"]
    if kind in ("shuttle", "carpool", "energy_sharing", "material_exchange"):
        return 0.0
    return p[TYPES[kind][2]] * unit_price(kind, quantity)


def flows(kind, co2, one_off, gross, opex, r, cost=1.0, benefit=1.0):
    """Year-by-year sums: NPV of savings, discounted and plain tonnes."""
    L, d = TYPES[kind][:2]
    pv_savings = pv_tonnes = tonnes = 0.0
    for t in range(1, L + 1):
        k = (1 - d) ** (t - 1)
        disc = (1 + r) ** t
        pv_savings += (benefit * gross * k - cost * opex) / disc
        year_t = co2 * k + (one_off if t == 1 else 0)
        tonnes += year_t
        pv_tonnes += year_t / disc
    return pv_savings, pv_tonnes, tonnes


def expected(ws):
    r = ws["workshop"]["discount_rate"]
    cp = F["carbon_price_eur_per_t"]
    actions = {a["id"]: a for a in ws["actions"]}
    group_q = {}
    for a in ws["actions"]:
        g = a.get("purchase_group")
        if g:
            group_q[g] = group_q.get(g, 0) + a["params"][TYPES[a["type"]][2]]
    out = {"actions": {}, "organisations": {}, "park": {}}
    orgs = {o["id"]: {"capex_eur": 0, "net_savings_eur_per_year": 0, "npv_eur": 0,
                      "co2_t_per_year": 0} for o in ws["organisations"]}
    park = {"co2_t_per_year": 0, "capex_eur": 0, "net_savings_eur_per_year": 0}
    for a in ws["actions"]:
        kind, p = a["type"], a["params"]
        co2, one_off, gross, opex = yearly(kind, p)
        qp = TYPES[kind][2]
        q = group_q[a["purchase_group"]] if a.get("purchase_group") else (p[qp] if qp else 0)
        capex = capex_at(kind, p, q)
        pv_sav, pv_t, tonnes = flows(kind, co2, one_off, gross, opex, r)
        npv = -capex + pv_sav
        net = gross - opex
        res = {
            "co2_t_per_year": co2, "co2_t_one_off": one_off, "co2_t_lifetime": tonnes,
            "capex_eur": capex, "net_savings_eur_per_year": net, "npv_eur": npv,
            "npv_with_carbon_eur": npv + cp * pv_t,
            "payback_years": capex / net if net > 0 else None,
            "abatement_eur_per_t": -npv / pv_t if pv_t > 0 else None,
        }
        if kind == "depaving":
            res["stormwater"] = p["area_m2"] * F["rain_m_per_year"] * (F["runoff_paved"] - F["runoff_green"])
        if kind == "green_roof":
            res["stormwater"] = p["area_m2"] * F["rain_m_per_year"] * F["green_roof_retention"]
        out["actions"][a["id"]] = res
        for o in a["owners"]:
            c, b = o["cost_share"], o["benefit_share"]
            org = orgs[o["org"]]
            org["capex_eur"] += c * capex
            org["net_savings_eur_per_year"] += b * gross - c * opex
            org["co2_t_per_year"] += b * co2
            org["npv_eur"] += -c * capex + flows(kind, co2, one_off, gross, opex, r, c, b)[0]
        park["co2_t_per_year"] += co2
        park["capex_eur"] += capex
        park["net_savings_eur_per_year"] += net
    park["share_of_baseline"] = park["co2_t_per_year"] / ws["workshop"]["baseline_t_co2_per_year"]
    park["share_of_target"] = park["co2_t_per_year"] / ws["workshop"]["target_t_co2_per_year"]
    out["organisations"] = orgs
    out["park"] = park
    return out


FAILURES = []


def close(what, got, want):
    if want is None or got is None:
        ok = want is None and got is None
    else:
        ok = math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-9)
    if not ok:
        FAILURES.append(f"{what}: got {got!r}, expected {want!r}")


def owners(*shares):
    return [{"org": org, "role": "lead" if i == 0 else "partner", "cost_share": c, "benefit_share": b}
            for i, (org, c, b) in enumerate(shares)]


def workshop(rate):
    acts = [
        ("a1", "solar_pv", {"kwp": 250, "self_consumption": 0.7}, owners(("siemens", 0.6, 0.6), ("leuven", 0.4, 0.4)), "pv"),
        ("a2", "solar_pv", {"kwp": 350, "self_consumption": 0.5}, owners(("sony", 1, 1)), "pv"),
        ("a3", "solar_pv", {"kwp": 99.5, "self_consumption": 0.9}, owners(("sony", 1, 1)), None),
        ("b1", "heat_pump", {"heat_mwh": 400, "capacity_kw": 180}, owners(("siemens", 0.5, 0.7), ("leuven", 0.5, 0.3)), None),
        ("b2", "renovation", {"floor_m2": 2500, "heat_saving_kwh_m2": 60}, owners(("sony", 1, 1)), None),
        ("b3", "efficiency", {"kwh_saved": 120000, "capex": 45000}, owners(("siemens", 1, 1)), None),
        ("c1", "bike_shift", {"commuters": 80, "one_way_km": 7.5, "places": 60}, owners(("leuven", 0.25, 0), ("siemens", 0.75, 1)), None),
        ("c2", "shuttle", {"riders": 150, "one_way_km": 6, "yearly_cost": 90000}, owners(("leuven", 0.5, 0.5), ("sony", 0.5, 0.5)), None),
        ("c3", "ev_charging", {"points": 12, "km_per_point": 18000}, owners(("siemens", 1, 1)), None),
        ("c4", "carpool", {"participants": 40, "one_way_km": 22, "occupancy": 2.5}, owners(("sony", 1, 1)), None),
        ("d1", "energy_sharing", {"shared_kwh": 250000}, owners(("siemens", 0.5, 0.5), ("sony", 0.5, 0.5)), None),
        ("d2", "material_exchange", {"tonnes": 140}, owners(("sony", 1, 1)), None),
        ("d3", "shared_space", {"floor_m2": 800}, owners(("leuven", 1, 1)), None),
        ("e1", "depaving", {"area_m2": 3000}, owners(("leuven", 1, 1)), None),
        ("e2", "green_roof", {"area_m2": 1200}, owners(("sony", 1, 1)), None),
        ("e3", "trees", {"trees": 150}, owners(("leuven", 1, 1)), None),
    ]
    ws = {
        "format": "wijkpact-workshop", "version": 1,
        "workshop": {"name": "Check", "discount_rate": rate, "baseline_t_co2_per_year": 30000,
                     "target_t_co2_per_year": 6300, "target_year": 2030},
        "organisations": [{"id": "siemens", "name": "Siemens", "kind": "company"},
                          {"id": "sony", "name": "Sony", "kind": "company"},
                          {"id": "leuven", "name": "Stad Leuven", "kind": "public"}],
        "actions": [],
        "purchase_groups": [{"id": "pv", "type": "solar_pv"}],
    }
    for aid, kind, params, own, group in acts:
        a = {"id": aid, "type": kind, "params": params, "owners": own}
        if group:
            a["purchase_group"] = group
        ws["actions"].append(a)
    return ws


def check(wijkpact, path, ws):
    with open(path, "w") as f:
        json.dump(ws, f)
    run = subprocess.run([wijkpact, "--calc", path], capture_output=True, text=True,
                         env=dict(os.environ, DISPLAY=""))
    if run.returncode != 0:
        FAILURES.append(f"--calc {path} exited {run.returncode}: {run.stderr}")
        return
    got = json.loads(run.stdout)
    want = expected(ws)
    tag = f"r={ws['workshop']['discount_rate']}"
    for a in got["actions"]:
        for key, value in want["actions"][a["id"]].items():
            if key == "stormwater":
                close(f"{tag} {a['id']}.cobenefits.stormwater_m3_per_year",
                      a["cobenefits"].get("stormwater_m3_per_year"), value)
            else:
                close(f"{tag} {a['id']}.{key}", a[key], value)
    for o in got["organisations"]:
        for key, value in want["organisations"][o["id"]].items():
            close(f"{tag} organisation {o['id']}.{key}", o[key], value)
    for key, value in want["park"].items():
        close(f"{tag} park.{key}", got["park"][key], value)
    if len(got["actions"]) != len(ws["actions"]):
        FAILURES.append(f"{tag}: {len(got['actions'])} actions in the results")
    if ws["workshop"]["discount_rate"] == 0.04:
        # PRODUCT.md "Results as JSON", action a1, as printed there (rounded)
        a1 = next(a for a in got["actions"] if a["id"] == "a1")
        for key, value in (("co2_t_per_year", 33.75), ("co2_t_lifetime", 795.01),
                           ("capex_eur", 175000), ("net_savings_eur_per_year", 34275),
                           ("npv_eur", 331776.59), ("npv_with_carbon_eur", 369411.46),
                           ("payback_years", 5.106), ("abatement_eur_per_t", -661.18)):
            if abs(a1[key] - value) > 0.006:
                FAILURES.append(f"a1.{key}: got {a1[key]!r}, PRODUCT.md prints {value}")
    groups = {g["id"]: g for g in got["purchase_groups"]}
    # 250 + 350 kWp = 600 kWp: the 500 kWp tier, 700 €/kWp
    close(f"{tag} pv.total_quantity", groups["pv"]["total_quantity"], 600)
    close(f"{tag} pv.unit_price_eur", groups["pv"]["unit_price_eur"], 700)
    members = {m["action"]: m["saving_eur"] for m in groups["pv"]["members"]}
    close(f"{tag} pv member a1 saving", members["a1"], 250 * (780 - 700))
    close(f"{tag} pv member a2 saving", members["a2"], 350 * (780 - 700))


def main():
    wijkpact = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="wijk-calc-check-")
    print("1..3")
    # The example of PRODUCT.md "Results as JSON" (a1 at r = 0.04), all types, and r = 0.
    for n, rate in enumerate((0.04, 0.0, 0.07), start=1):
        before = len(FAILURES)
        check(wijkpact, os.path.join(tmp, f"w{n}.json"), workshop(rate))
        status = "ok" if len(FAILURES) == before else "not ok"
        print(f"{status} {n} --calc agrees with the formulas at r = {rate}")
        for failure in FAILURES[before:]:
            print(f"# {failure}")
    for name in os.listdir(tmp):
        os.unlink(os.path.join(tmp, name))
    os.rmdir(tmp)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
