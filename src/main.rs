fn main() {
    println!("coroviz: under construction");
}
