import ArgumentParser
import WardenCLI

@main
enum WardenMain {
    static func main() async {
        await Warden.main()
    }
}
