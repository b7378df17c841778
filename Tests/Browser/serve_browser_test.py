#!/usr/bin/env python3
"""Browser tests of `sachsong serve` in real headless Chromium (Selenium).

A school's clerk signs in with a one-time password, changes it, uploads an .xlsx, reads the
findings, downloads the annotated workbook, and is refused another school's submission. A
screenshot of each page is kept under OUT (default test-output/browser), desktop and phone size.

Usage: serve_browser_test.py SACHSONG_BINARY REPO_ROOT [OUT]
"""

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

BINARY, ROOT = sys.argv[1], sys.argv[2]
OUT = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "test-output", "browser")
FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)


def run(*args):
    return subprocess.run([BINARY, *args], check=True, capture_output=True, text=True).stdout


def one_time_password(output):
    match = re.search(r"Mật khẩu dùng một lần[^:]*: (\S+)", output)
    assert match, output
    return match.group(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    data = tempfile.mkdtemp(prefix="sachsong-browser-")
    downloads = tempfile.mkdtemp(prefix="sachsong-downloads-")
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    server = None
    driver = None
    try:
        run("serve", "init", "--data", data)
        clerk = one_time_password(run("serve", "account", "add", "--data", data, "--role", "school", "--school", "79000701",
                                      "--school-name", "Trường THCS An Phú", "--group", "an-khanh", "an-phu"))
        analyst = one_time_password(run("serve", "account", "add", "--data", data, "--role", "analyst", "--group", "an-khanh", "phuong-an-khanh"))
        run("serve", "account", "add", "--data", data, "--role", "school", "--school", "79000702", "--school-name", "Trường Tiểu học Hòa Bình",
            "--group", "binh-trung", "hoa-binh")
        token = run("serve", "token", "add", "--data", data, "--account", "hoa-binh").strip().split()[-1]
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([BINARY, "serve", "run", "--data", data, "--port", str(port), "--workers", "2"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/signin", timeout=1)
                break
            except OSError:
                time.sleep(0.1)

        # Another school's submission, sent through the API with its token.
        boundary = "----sachsong-browser"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hoc_sinh.csv\"\r\n\r\n".encode()
                + open(os.path.join(ROOT, "fixtures/district/truong_thcs_hoa_binh/hoc_sinh.csv"), "rb").read()
                + f"\r\n--{boundary}--\r\n".encode())
        request = urllib.request.Request(base + "/api/v1/submissions", data=body, method="POST", headers={
            "Authorization": "Bearer " + token, "Content-Type": f"multipart/form-data; boundary={boundary}"})
        other = json.load(urllib.request.urlopen(request))["id"]

        options = webdriver.ChromeOptions()
        for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi"]:
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
        wait = WebDriverWait(driver, 60)

        def shot(name, whole=True):
            if not whole:
                driver.save_screenshot(os.path.join(OUT, f"{name}.png"))
                return
            # The whole page, not only the window: Chromium's own full-page capture.
            metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = metrics["cssContentSize"]
            data = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000), "scale": 1}})
            with open(os.path.join(OUT, f"{name}.png"), "wb") as f:
                f.write(base64.b64decode(data["data"]))

        # 1. Sign in: the home page sends to the sign-in page.
        driver.get(base + "/")
        check(driver.current_url.startswith(base + "/signin"), "an anonymous visitor is sent to the sign-in page")
        shot("01-dang-nhap")
        driver.find_element(By.ID, "name").send_keys("an-phu")
        driver.find_element(By.ID, "password").send_keys("sai-mat-khau")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        check("không đúng" in wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".alert"))).text, "a wrong password is refused in Vietnamese")
        shot("02-dang-nhap-sai")
        driver.find_element(By.ID, "name").clear()
        driver.find_element(By.ID, "name").send_keys("an-phu")
        driver.find_element(By.ID, "password").send_keys(clerk)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()

        # 2. Change the one-time password.
        wait.until(EC.url_contains("/password"))
        check("mật khẩu dùng một lần" in driver.page_source, "the one-time password must be changed first")
        shot("03-doi-mat-khau")
        driver.find_element(By.ID, "current").send_keys(clerk)
        driver.find_element(By.ID, "new").send_keys("mat-khau-rieng-2026")
        driver.find_element(By.ID, "again").send_keys("mat-khau-rieng-2026")
        driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
        wait.until(EC.presence_of_element_located((By.ID, "upload")))
        check(driver.current_url == base + "/", "after the change, the upload page")
        shot("04-nop-du-lieu")

        # 3. Upload an .xlsx through the file input (the page's script sends it with progress).
        driver.find_element(By.ID, "file").send_keys(os.path.join(ROOT, "fixtures/xlsx/hoc_sinh.xlsx"))
        check("hoc_sinh.xlsx" in driver.find_element(By.ID, "chosen").text, "the chosen file is listed")
        # The date picker's typing order depends on the browser's language: set the value itself.
        driver.execute_script("document.getElementById('asOf').value = '2026-06-01'")
        driver.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".verdict")))
        check("/submissions/" in driver.current_url, "the result page of the submission")

        # 4. Read the findings.
        verdict = driver.find_element(By.CSS_SELECTOR, ".verdict").text
        check("CHƯA ĐẠT" in verdict and "2 lỗi" in verdict, f"the verdict counts the errors ({verdict})")
        groups = driver.find_elements(By.CSS_SELECTOR, "details.rule")
        check(len(groups) >= 2, f"findings grouped by rule ({len(groups)} groups)")
        check("hoc_sinh" in driver.find_element(By.CSS_SELECTOR, "section.file").text, "the record type is shown")
        check(len(driver.find_elements(By.CSS_SELECTOR, "table.figures tr.criterion")) == 5, "the five criteria 3.1–3.5")
        shot("05-ket-qua")
        result = driver.current_url
        Select(driver.find_element(By.ID, "severity")).select_by_value("error")
        driver.find_element(By.CSS_SELECTOR, "form.filters button").click()
        wait.until(EC.url_contains("severity=error"))
        badges = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "details.rule .badge")]
        check(badges and all(b == "lỗi" for b in badges), f"the severity filter keeps errors only ({badges})")
        shot("06-loc-loi")

        # 5. Download the annotated workbook.
        driver.get(result)
        driver.find_element(By.PARTIAL_LINK_TEXT, "bảng tính đã đánh dấu").click()
        got = None
        for _ in range(600):
            done = [f for f in os.listdir(downloads) if f.endswith(".xlsx")]
            if done:
                got = os.path.join(downloads, done[0])
                break
            time.sleep(0.1)
        check(got is not None and open(got, "rb").read(4) == b"PK\x03\x04", f"the annotated workbook is downloaded ({got})")

        # 6. Another school's submission is refused.
        driver.get(base + "/submissions/" + other)
        check("Không thực hiện được" in driver.page_source and "404" in driver.page_source, "another school's submission is refused (404)")
        shot("07-truong-khac-bi-tu-choi")
        driver.get(base + "/schools/79000702")
        check("404" in driver.page_source, "another school's history is refused (404)")

        # The explain page of a figure, and phone-sized screenshots.
        driver.get(result)
        links = driver.find_elements(By.PARTIAL_LINK_TEXT, "hồ sơ còn thiếu")
        if links:
            links[0].click()
            shot("08-vi-sao")
        driver.set_window_size(390, 844)
        driver.get(result)
        shot("09-ket-qua-dien-thoai", whole=False)
        driver.execute_script("document.querySelector('table.figures').scrollIntoView()")
        shot("10-chi-so-dien-thoai", whole=False)
        check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
              "no sideways scrolling on a phone-sized screen")
        driver.get(base + "/")
        shot("11-nop-du-lieu-dien-thoai", whole=False)

        # The office: an analyst of ward An Khánh signs in, reads the dashboard, sorts it, opens
        # the trend, drills down to a school's submission, and exports the dashboard.
        driver.set_window_size(1280, 900)
        driver.find_element(By.CSS_SELECTOR, "form[action='/signout'] button").click()
        wait.until(EC.url_contains("/signin"))
        driver.find_element(By.ID, "name").send_keys("phuong-an-khanh")
        driver.find_element(By.ID, "password").send_keys(analyst)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        wait.until(EC.url_contains("/password"))
        driver.find_element(By.ID, "current").send_keys(analyst)
        driver.find_element(By.ID, "new").send_keys("mat-khau-phuong-2026")
        driver.find_element(By.ID, "again").send_keys("mat-khau-phuong-2026")
        driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
        wait.until(EC.url_to_be(base + "/"))
        driver.find_element(By.LINK_TEXT, "Bảng theo dõi").click()
        wait.until(EC.url_contains("/dashboard"))
        text = driver.find_element(By.TAG_NAME, "main").text
        check("79000701" in text and "79000702" not in text, "the ward's analyst sees its school and not the other ward's")
        check("Thang điểm ví dụ" in text, "the scoring bands are labelled as an example")
        shot("12-bang-theo-doi")
        driver.find_element(By.LINK_TEXT, "3.1").click()
        wait.until(EC.url_contains("sort=3.1"))
        check(driver.find_element(By.XPATH, "//th[a[starts-with(normalize-space(.), '3.1')]]").get_attribute("aria-sort") == "ascending",
              "sorting by 3.1 marks the column")
        driver.get(base + "/dashboard?detail=1")
        shot("13-bang-theo-doi-chi-tiet")
        driver.get(base + "/trend")
        check(len(driver.find_elements(By.CSS_SELECTOR, "svg.trend path")) >= 1, "the total's trend is drawn as SVG")
        shot("14-xu-huong")
        driver.get(base + "/dashboard")
        driver.find_element(By.LINK_TEXT, "79000701").click()
        wait.until(EC.url_contains("/schools/79000701"))
        driver.find_element(By.CSS_SELECTOR, "table.list a[href^='/submissions/']").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".verdict")))
        check("CHƯA ĐẠT" in driver.find_element(By.CSS_SELECTOR, ".verdict").text, "the drill-down reaches the school's latest result")
        check(re.search(r"\d{9,}", driver.find_element(By.TAG_NAME, "main").text) is None, "the office sees identity numbers masked")
        shot("15-truong-tu-bang-theo-doi")
        before = set(os.listdir(downloads))
        driver.get(base + "/dashboard")
        driver.find_element(By.PARTIAL_LINK_TEXT, "bảng tính .xlsx").click()
        exported = None
        for _ in range(600):
            new = [f for f in set(os.listdir(downloads)) - before if f.endswith(".xlsx")]
            if new:
                exported = os.path.join(downloads, new[0])
                break
            time.sleep(0.1)
        check(exported is not None and open(exported, "rb").read(4) == b"PK\x03\x04", f"the dashboard is exported as .xlsx ({exported})")
        driver.get(base + "/reminders")
        shot("16-nhac-nop")
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            _, err = server.communicate(timeout=10)
            # The server's log must not carry personal data: no identity numbers of 9 digits or more.
            check(re.search(rb"\d{9,}", err) is None, "the server log holds no identity numbers")
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(downloads, ignore_errors=True)
    print(f"screenshots: {OUT}")
    if FAILURES:
        print(f"{len(FAILURES)} browser check(s) failed")
        sys.exit(1)
    print("browser tests passed")


if __name__ == "__main__":
    main()
