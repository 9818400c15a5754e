// How our Node scripts start Debian's Chromium headless (screenshots, benchmark): as root it needs --no-sandbox,
// and the network flags stop it calling home on a machine without internet.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
