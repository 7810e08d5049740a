import { chromium } from '@playwright/test';
const [,, url, out, w, full] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: 800 } });
page.on('console', m => m.type() === 'error' && console.log('console', m.text()));
await page.goto(url); await page.waitForTimeout(2000);
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
