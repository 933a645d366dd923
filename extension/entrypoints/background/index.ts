import { setupBackground } from '../../features/background/setup';

export default defineBackground({
  main() {
    setupBackground();
  },
});
